"""A provider that takes its time, so a test can kill the worker in the middle of a task."""

import time

from claims.corroboration import Draft, Provider


class SlowProvider(Provider):
    name = "slow"
    label = "Slow"

    def corroborate(self, claim):
        time.sleep(30)
        return [Draft(key="slow", kind="lead", excerpt="slow result")]


class BrokenProvider(Provider):
    """A provider with a bug: it raises on every claim."""

    name = "broken"
    label = "Broken"

    def corroborate(self, claim):
        raise RuntimeError("the provider's upstream answered nonsense")
