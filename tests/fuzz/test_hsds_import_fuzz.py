"""Property tests of the HSDS import: JSON documents of every shape (the
shipped directory's own services with fields deleted, retyped, set to odd
Unicode, huge numbers or deep nesting; random JSON; random bytes) and tabular
folders with mutated CSVs and ``datapackage.json``. Each is either imported
or refused with a one-line DomainError; never another exception, and a
refusal writes nothing."""

from __future__ import annotations

import copy
import json
import shutil
import string
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from referral_app.db import models as m
from referral_app.domain.enums import Role
from referral_app.domain.errors import DomainError
from referral_app.services.hsds import export as hsds_export
from referral_app.services.hsds import importer, tabular
from referral_app.translation import error_text
from tests.services.staff import make_staff

TABLES = (m.Organization, m.Location, m.Service, m.Category, m.Schedule, m.Contact, m.AuditEvent)
SAMPLE_SERVICES = 4  # services of the shipped directory the mutations start from

ODD_TEXT = ["", " ", "\x00", "²", "٣", "true", "2026-13-01", "\u200b", "\ufeff", "Ærø Å-vej 1", "ﬁ", "\u0301", "\U0001f600",
            "𝟘𝟙", "a" * 5000, "\r\n", "{name}", "{0}", "%s", "../../etc/passwd", "null", "NaN"]
HOSTILE_NUMBERS = [0, -1, 2**31, 2**63, -(2**63) - 1, 10**40, 1e308, -1e308, 0.5, float("inf"), float("-inf"),
                   float("nan")]
TIMES = ["09:00", "24:00", "10:60", "9:5", "23:59:59", "10:00Z", "10:00+01:00", "T10:00", "", "10"]
DATES = ["2026-01-31", "0001-01-01", "9999-12-31", "2026-02-30", "20260101", "2026-W01", ""]


def json_values() -> st.SearchStrategy[Any]:
    """Any JSON value, with the ones most likely to surprise a reader over-represented."""
    leaves = st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
        st.sampled_from(HOSTILE_NUMBERS), st.text(max_size=30), st.sampled_from(ODD_TEXT + TIMES + DATES),
        st.uuids().map(str), st.sampled_from(["WEEKLY", "MONTHLY", "MO,TU", "XX", "active", "closed"]),
    )
    return st.recursive(leaves, lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=12), inner, max_size=3)), max_leaves=8)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value (dict keys and list positions)."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _parent(root: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        root = root[step]
    return root


@st.composite
def mutated_services(draw: st.DrawFn, samples: list[dict[str, Any]]) -> Any:
    """One of the sample services (or several) with a few fields deleted,
    replaced by other JSON, or copied elsewhere; in any of the document shapes."""
    chosen = [copy.deepcopy(samples[i]) for i in
              draw(st.lists(st.integers(0, len(samples) - 1), min_size=1, max_size=3))]
    root: Any = chosen
    for _ in range(draw(st.integers(0, 4))):
        places = [p for p in _paths(root) if p]
        if not places:
            break
        path = draw(st.sampled_from(places))
        parent = _parent(root, path)
        action = draw(st.sampled_from(["delete", "replace", "replace", "nest", "duplicate"]))
        if action == "delete":
            del parent[path[-1]]
        elif action == "replace":
            parent[path[-1]] = draw(json_values())
        elif action == "nest":
            parent[path[-1]] = [parent[path[-1]]] if draw(st.booleans()) else {"value": parent[path[-1]]}
        elif isinstance(parent, list):
            parent.append(copy.deepcopy(parent[path[-1]]))
        else:
            parent[draw(st.sampled_from(["id", "name", "status", "schedules", "organization_id", "extra"]))] = \
                copy.deepcopy(parent[path[-1]])
    if draw(st.booleans()):  # a fresh id: the item is new to the directory
        for svc in root:
            if isinstance(svc, dict) and "id" in svc:
                svc["id"] = str(uuid.UUID(int=draw(st.integers(0, 2**128 - 1))))
    shape = draw(st.sampled_from(["list", "one", "page"]))
    if shape == "one" and root:
        return root[0]
    if shape == "page":
        return {"total_items": len(root), "contents": root}
    return root


def _raw_documents() -> st.SearchStrategy[bytes]:
    """Files that are not what they claim: bytes, text, random JSON, deep nesting, huge numbers."""
    return st.one_of(
        st.binary(max_size=200),
        st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
        json_values().map(lambda v: json.dumps(v).encode()),
        st.builds(lambda o, n: (o * n).encode(), st.sampled_from(["[", "{\"a\":", "[{\"contents\":"]),
                  st.integers(1, 200_000)),
        st.builds(lambda n, key: json.dumps({"id": str(uuid.uuid4()), "name": "x", key: 0}).replace("0}", "9" * n + "}").encode(),
                  st.integers(1, 10_000), st.sampled_from(["minimum_age", "maximum_age", "status"])),
        st.sampled_from([b"", b"\xef\xbb\xbf[]", b"{}", b"[]", b"null", b"NaN", b"[Infinity]", b"\xff\xfe[\x00]\x00"]),
    )


@pytest.fixture(scope="module")
def samples(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """A few services of the shipped directory as the export writes them (read once per module)."""
    from referral_app.services.database import open_database

    path = tmp_path_factory.mktemp("hsds-samples") / "read.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = open_database(f"sqlite:///{path}")
    try:
        with db.begin() as s:
            services = hsds_export.export_services(s)
    finally:
        db.dispose()
    # The richest few: most fields and nested lists give the mutations the most to work on.
    return sorted(services, key=lambda svc: -len(json.dumps(svc)))[:SAMPLE_SERVICES]


@pytest.fixture
def directory(sqlite_db) -> Iterator[tuple[Any, Any]]:
    with sqlite_db.begin() as s:
        coordinator = make_staff(s, Role.COORDINATOR, "koordinator")
    yield sqlite_db, coordinator


COUNTS = select(*(select(func.count()).select_from(t).scalar_subquery() for t in TABLES))


def _counts(db: Any) -> tuple[int, ...]:
    """The rows in every table, in one query in a reading transaction (most of an example's time went here)."""
    with db.reading() as s:
        return tuple(s.execute(COUNTS).one())


def _imported_or_refused(directory: tuple[Any, Any], path: Path, *, dry_run: bool = False) -> None:
    db, coordinator = directory
    before = _counts(db)
    try:
        with db.begin() as s:
            importer.import_path(s, coordinator, path, dry_run=dry_run)
    except DomainError as exc:
        shown = error_text(exc)
        assert shown.strip() and "\n" not in shown, shown
        exc.message.format(**exc.params)  # every placeholder filled, none left as "{name}"
        assert _counts(db) == before
        return
    if dry_run:
        assert _counts(db) == before


def test_json_documents_of_every_shape(directory, samples, tmp_path: Path, examples) -> None:
    @given(document=mutated_services(samples), dry_run=st.booleans())
    @examples
    def check(document: Any, dry_run: bool) -> None:
        path = tmp_path / "services.json"
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8", errors="surrogatepass")
        _imported_or_refused(directory, path, dry_run=dry_run)

    check()


@given(data=_raw_documents())
def test_files_that_are_not_hsds(directory, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "import.json"
    path.write_bytes(data)
    _imported_or_refused(directory, path)


# --- tabular folders ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tabular_template(samples: list[dict[str, Any]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hsds-tabular") / "package"
    tabular.write_tabular(samples, folder)
    return folder


CSV_NOISE = ["", ",", "\"", "\"\"\"", "\r", "\n", "\x00", "\ufeff", "a" * 200_000, "inf", "nan", "-1e400", "1e400",
             "9" * 5000, "1e18", "99999999999999999999", "25:00", "0001-01-01", "MO,XX", "MONTHLY", "ÆØÅ"]


@st.composite
def mutated_folders(draw: st.DrawFn, names: list[str]) -> list[tuple[str, str, Any]]:
    """A list of edits to a tabular export: (file, action, argument)."""
    edits = []
    for _ in range(draw(st.integers(1, 4))):
        file = draw(st.sampled_from(names))
        action = draw(st.sampled_from(
            ["cell", "cell", "cell", "drop_column", "truncate", "bytes", "delete", "package", "resource_path"]))
        if action == "cell":
            argument: Any = (draw(st.integers(0, 50)), draw(st.integers(0, 30)),
                             draw(st.one_of(st.sampled_from(CSV_NOISE), st.text(max_size=20))))
        elif action in ("drop_column", "truncate"):
            argument = draw(st.integers(0, 10_000))
        elif action == "bytes":
            argument = (draw(st.integers(0, 10_000)), draw(st.binary(min_size=1, max_size=8)))
        elif action == "package":
            argument = draw(json_values())
        elif action == "resource_path":
            argument = draw(st.one_of(st.sampled_from(
                ["../services.csv", "/etc/passwd", "services.csv\x00", "x" * 5000, "", ".", "nested/services.csv"]),
                st.text(alphabet=string.printable, max_size=20), json_values()))
        else:
            argument = None
        edits.append((file, action, argument))
    return edits


def _edit(folder: Path, file: str, action: str, argument: Any) -> None:
    import csv
    import io

    path = folder / file
    if action == "delete":
        path.unlink(missing_ok=True)
        return
    if not path.exists():
        return
    if action == "package":
        path = folder / "datapackage.json"
        path.write_text(json.dumps(argument), encoding="utf-8")
    elif action == "resource_path":
        package_path = folder / "datapackage.json"
        try:
            package = json.loads(package_path.read_text(encoding="utf-8"))
            package["resources"][0]["path"] = argument
        except (OSError, ValueError, KeyError, IndexError, TypeError):
            return  # the package is gone or already mangled
        package_path.write_text(json.dumps(package), encoding="utf-8")
    elif action in ("truncate", "bytes"):
        data = path.read_bytes()
        if action == "truncate":
            path.write_bytes(data[: argument % (len(data) + 1)])
        else:
            at, noise = argument
            at %= len(data) + 1
            path.write_bytes(data[:at] + noise + data[at + len(noise):])
    elif file.endswith(".csv"):
        try:
            rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        except (UnicodeDecodeError, csv.Error):
            return
        if not rows:
            return
        if action == "drop_column":
            column = argument % max(1, len(rows[0]))
            rows = [row[:column] + row[column + 1:] for row in rows]
        else:
            row, column, value = argument
            target = rows[row % len(rows)]
            if target:
                target[column % len(target)] = value
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(rows)
        path.write_text(buffer.getvalue(), encoding="utf-8", errors="surrogatepass")


def test_tabular_folders_with_mutated_files(directory, tabular_template: Path, tmp_path: Path, examples) -> None:
    names = sorted(p.name for p in tabular_template.iterdir())

    @given(edits=mutated_folders(names))
    @examples
    def check(edits: list[tuple[str, str, Any]]) -> None:
        folder = tmp_path / "package"
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(tabular_template, folder)
        for file, action, argument in edits:
            _edit(folder, file, action, argument)
        _imported_or_refused(directory, folder)

    check()


# --- what the fuzzer found, kept as plain regression tests -----------------------------------------


@pytest.mark.parametrize(("text", "problem"), [
    ("[" * 100_000, "nested too deeply"),  # RecursionError from the JSON reader
    (json.dumps({"id": str(uuid.UUID(int=1)), "name": "x", "minimum_age": 0}).replace("0}", "9" * 5000 + "}"),
     "too many digits"),
])
def test_json_the_reader_gives_up_on_is_refused(directory, tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "deep.json"
    path.write_text(text, encoding="utf-8")
    before = _counts(directory[0])
    with pytest.raises(DomainError, match=problem):
        with directory[0].begin() as s:
            importer.import_path(s, directory[1], path)
    assert _counts(directory[0]) == before


@pytest.mark.parametrize(("change", "problem"), [
    ({"minimum_age": float("nan")}, "minimum_age must be an age from 0 to 120"),
    ({"maximum_age": float("inf")}, "maximum_age must be an age from 0 to 120"),
    ({"minimum_age": 10**40}, "minimum_age must be an age from 0 to 120"),
    ({"minimum_age": -5}, "minimum_age must be an age from 0 to 120"),
    ({"status": ["active"]}, "status must be active"),
    ({"schedules": [{"freq": "WEEKLY", "byday": "MO", "opens_at": "09:00", "closes_at": "10:00"}]},
     r"schedules\[0\]\.id is missing"),
])
def test_fields_that_crashed_the_import_are_refused(directory, samples, tmp_path: Path, change: dict[str, Any],
                                                     problem: str) -> None:
    service = {**copy.deepcopy(samples[0]), "id": str(uuid.UUID(int=7)), "name": "Ny tjeneste", **change}
    path = tmp_path / "one.json"
    path.write_text(json.dumps(service), encoding="utf-8")
    before = _counts(directory[0])
    with pytest.raises(DomainError, match=problem):
        with directory[0].begin() as s:
            importer.import_path(s, directory[1], path)
    assert _counts(directory[0]) == before


def test_the_same_service_without_the_bad_field_imports(directory, samples, tmp_path: Path) -> None:
    """The regression cases above fail on their field alone: the service itself is importable."""
    service = {**copy.deepcopy(samples[0]), "id": str(uuid.UUID(int=7)), "name": "Ny tjeneste", "minimum_age": 18}
    path = tmp_path / "one.json"
    path.write_text(json.dumps(service), encoding="utf-8")
    with directory[0].begin() as s:
        summary = importer.import_path(s, directory[1], path)
    assert summary.count("added", "service") == 1


@pytest.mark.parametrize("key", ["addresses", "phones"])
def test_a_null_list_imports_and_exports_as_empty(directory, samples, tmp_path: Path, key: str) -> None:
    """Found by the fuzzer: a location's ``"addresses": null`` was kept as is and
    the export that compares the import's result then failed on it."""
    service = copy.deepcopy(samples[0])
    service.update(id=str(uuid.UUID(int=8)), name="Ny tjeneste med tom liste")
    location = next(sal["location"] for sal in service["service_at_locations"] if sal.get("location"))
    location.update(id=str(uuid.UUID(int=9)), name="Et nyt sted", **{key: None})
    path = tmp_path / "null.json"
    path.write_text(json.dumps(service), encoding="utf-8")
    for _ in range(2):  # the second import compares with the export of the first
        with directory[0].begin() as s:
            importer.import_path(s, directory[1], path)
    with directory[0].begin() as s:
        exported = hsds_export.find_service(s, service["id"])
    located = next(sal["location"] for sal in exported["service_at_locations"] if sal.get("location"))
    assert located["id"] == location["id"] and not located.get(key)


@pytest.mark.parametrize("resource", ["services.csv\x00", "x" * 5000, "a/" * 3000 + "services.csv"])
def test_a_resource_path_the_system_cannot_use_is_skipped(directory, tabular_template: Path, tmp_path: Path,
                                                         resource: str) -> None:
    """Found by the fuzzer: a NUL byte in a resource's path raised ValueError.
    Such a resource is not one of the package's files; without services.csv
    among them the folder is refused, naming why."""
    folder = tmp_path / "package"
    shutil.copytree(tabular_template, folder)
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    for item in package["resources"]:
        if item["path"] == "services.csv":
            item["path"] = resource
    (folder / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    before = _counts(directory[0])
    with pytest.raises(DomainError, match="services.csv is not among its resources"):
        with directory[0].begin() as s:
            importer.import_path(s, directory[1], folder)
    assert _counts(directory[0]) == before


@pytest.mark.parametrize("value", ["²", "1" * 5000, "0", "366"])
def test_follow_up_days_that_are_not_a_small_whole_number_are_refused(directory, samples, tmp_path: Path,
                                                                    value: str) -> None:
    """Found while fuzzing: "²" passed isdigit() and then failed int(); 5,000
    digits passed too and failed int() past Python's digit limit."""
    from referral_app.domain.hsds import FIELDS_TAXONOMY

    service = {**copy.deepcopy(samples[0]), "id": str(uuid.UUID(int=10)), "name": "Ny tjeneste"}
    service["attributes"] = [{"value": value, "taxonomy_term": {
        "id": str(uuid.UUID(int=11)), "name": "Opfølgning", "code": "follow_up_days", "taxonomy": FIELDS_TAXONOMY}}]
    path = tmp_path / "days.json"
    path.write_text(json.dumps(service), encoding="utf-8")
    before = _counts(directory[0])
    with pytest.raises(DomainError, match="must be a whole number from 1 to 365"):
        with directory[0].begin() as s:
            importer.import_path(s, directory[1], path)
    assert _counts(directory[0]) == before


@pytest.mark.parametrize(("change", "problem"), [
    ({"required_documents": [None]}, "required_documents must be a list of objects"),
    ({"required_documents": [{"document": ["pas"]}]}, r"required_documents\[0\]\.document must be text"),
])
def test_required_documents_that_are_not_objects_of_text_are_refused(directory, samples, tmp_path: Path,
                                                                     change: dict[str, Any], problem: str) -> None:
    """Found by the fuzzer: required_documents was not checked, and [null] raised AttributeError."""
    service = {**copy.deepcopy(samples[0]), "id": str(uuid.UUID(int=12)), "name": "Ny tjeneste", **change}
    path = tmp_path / "documents.json"
    path.write_text(json.dumps(service), encoding="utf-8")
    before = _counts(directory[0])
    with pytest.raises(DomainError, match=problem):
        with directory[0].begin() as s:
            importer.import_path(s, directory[1], path)
    assert _counts(directory[0]) == before
