"""example_update.py, run as a user would run it, against the Prism mock (which refuses, with --errors, any
request that breaks the contract: a `+` sent raw would arrive as a space and fail the email pattern)."""

import os
import subprocess
import sys
from pathlib import Path

from juspay_customer import Customer

import example_update

HERE = Path(__file__).parent


def test_the_example_updates_a_customer_on_the_mock_and_prints_it():
    env = {**os.environ, "JUSPAY_BASE_URL": os.environ["PRISM_URL"], "JUSPAY_API_KEY": "example_key"}
    run = subprocess.run(
        [sys.executable, str(HERE / "example_update.py"), "cst_om2l6ctlptxwxuzj"],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    identifier, kind, last_updated = run.stdout.split()
    assert identifier.startswith("cst_") and kind == "customer" and last_updated[:2] == "20"


def test_the_example_reads_back_a_customer_model():
    customer = example_update.update_email(
        os.environ["PRISM_URL"], "example_key", "merchant-id", "cst_om2l6ctlptxwxuzj", "customer+juspay@gmail.com"
    )
    assert isinstance(customer, Customer)
