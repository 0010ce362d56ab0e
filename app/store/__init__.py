"""The encrypted case store (no Flask here): resume codes, crypto, schema, migrations, repository.

    from app.store import CaseStore, lookup_for, normalize, upgrade
    upgrade(url, lookup_secret=secret)    # once per deploy
    store = CaseStore(url, lookup_secret=secret)
    code, key, version = store.create(case_json)
    key, case_json, version = store.open(typed_code)
    version = store.save(lookup_for(code), key, new_json, version)
"""

from app.store.codes import new_code, normalize
from app.store.crypto import lookup_for
from app.store.errors import CodeError, NotFound, SessionEnded, StaleVersion, StoreError, Tampered
from app.store.migrate import upgrade
from app.store.repository import CaseStore

__all__ = [
    "CaseStore", "CodeError", "NotFound", "SessionEnded", "StaleVersion", "StoreError", "Tampered",
    "lookup_for", "new_code", "normalize", "upgrade",
]
