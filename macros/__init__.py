"""Midlertidig: erstattes av datalaget."""


def define_env(env):
    pass
