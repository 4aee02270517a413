"""Errors of the evals package."""
from vagledning.errors import VagledningError


class EvalError(VagledningError):
    """An evaluation could not run: bad dataset, bad kind, or a predictor that broke its contract."""

    status = 500
    code = "eval_failed"
