"""A provider that takes its time, so a test can kill the worker in the middle of a task."""

import time

from claims.corroboration import Draft, Provider


class SlowProvider(Provider):
    name = "slow"
    label = "Slow"

    def corroborate(self, claim):
        time.sleep(30)
        return [Draft(key="slow", kind="lead", excerpt="slow result")]
