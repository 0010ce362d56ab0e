"""What the printed documents say: request letters, the volunteer's case summary, the phone script.

Pure content builders (stdlib only). Documents sent to mainland banks are always written in
Simplified Chinese, so the wording lives here beside the figures; the shell only lays it out.
"""
