"""The floor for page benchmarks: a one-line Flask route under the same gunicorn settings.

Served only by bench/pages.py (`gunicorn bench.floor_app:app`), never by the real app: what a
wizard page costs beyond this is the app's own work (session, case store, decryption, core,
templates).
"""

from flask import Flask

app = Flask(__name__)


@app.route("/")
def floor() -> str:
    return "ok"
