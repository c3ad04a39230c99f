"""Modules copied verbatim into the generated package (see ``dastra_codegen.postprocess``)."""
