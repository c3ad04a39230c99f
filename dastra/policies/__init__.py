"""What happens to every API request between the client object and the network.

- :mod:`~dastra.policies.retry`: retries with backoff on connection errors, 429 and 5xx, honouring
  ``Retry-After`` (tenacity);
- :mod:`~dastra.policies.rate_limit`: Dastra's budget (500 requests a minute, 10,000 per 10 minutes
  per key), shared by every client of a key in the process;
- :mod:`~dastra.policies.redis_rate_limit`: the same budget shared by every process through Redis;
- :mod:`~dastra.policies.transport`: the order they run in, and the hooks that turn answers into
  :mod:`dastra.errors`.
"""
