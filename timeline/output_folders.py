"""Output folders: replaced atomically, locked while written, never anyone else's.

Why: a failed build must never leave a half-written folder under the final name (pooch's
write-then-move habit), and a build must never write over a folder it did not make. A write
holds a lock beside its folder, keeps a symlinked folder a link, cleans what an interrupted write
left, and reports an operating-system failure as one line with nothing lost and nothing left
behind.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; a second writer is not detected
    fcntl = None  # type: ignore[assignment]

from timeline.errors import InputError, TimelineError

MANIFEST = "datapackage.json"  # every build and release has one; it marks a folder as ours


def check_replaceable(out: Path, marker: str = MANIFEST, keep: tuple[Path, ...] = ()) -> None:
    """Refuse to replace anything but an earlier output of ours (or an empty or new folder)."""
    out = Path(out)
    resolved = out.resolve()
    if resolved == Path.cwd().resolve() or resolved == Path(resolved.anchor):
        raise InputError(out, "refusing to replace the current or root folder; give --out a folder of its own")
    for other in keep:
        other = Path(other).resolve()
        if resolved == other or resolved in other.parents or other in resolved.parents:
            raise InputError(out, f"refusing to write over or around {other}; give --out a separate folder")
    if out.exists() and not out.is_dir():
        raise InputError(out, "exists and is not a folder; give --out a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / marker).is_file():
        raise InputError(out, f"refusing to replace a folder that is not an earlier build (it has no {marker}); give --out a new or empty folder")


def output_target(out: Path) -> Path:
    """The folder a write really replaces: a symlinked ``out`` stays a link and its target is replaced."""
    return Path(os.path.realpath(out))


def _leftover_pattern(target: Path) -> re.Pattern[str]:
    # exactly the names replace_folder gives its temporary folders (mkdtemp's 8-character suffix)
    return re.compile(rf"\.{re.escape(target.name)}\.(new|old)-[a-z0-9_]{{8}}")


def _describe(paths: list[Path], limit: int = 5) -> str:
    names = [p.name for p in paths]
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def recover_leftovers(out: Path) -> list[str]:
    """Clean the temporary folders an interrupted write left beside ``out``; returns what was done.

    ``.<out>.new-*`` folders are unfinished or never swapped in: removed. An ``.<out>.old-*``
    folder is the previous ``out`` moved aside for the swap: if ``out`` is missing (the write
    was killed between its two renames) it is the only good copy and is put back; otherwise it
    is superseded and removed. Call it holding ``folder_lock(out)``.
    """
    target = output_target(out)
    if not target.parent.is_dir():
        return []
    pattern = _leftover_pattern(target)
    kinds = {p: m.group(1) for p in target.parent.iterdir() if (m := pattern.fullmatch(p.name)) and p.is_dir() and not p.is_symlink()}
    new = sorted(p for p, kind in kinds.items() if kind == "new")
    old = sorted(p for p, kind in kinds.items() if kind == "old")
    done = []
    if old and not os.path.lexists(target):
        if len(old) > 1:
            raise TimelineError(
                f"{target}: is missing and {len(old)} copies of it left by interrupted writes remain beside it "
                f"({_describe(old)}); rename the one to keep to {target.name}, delete the others, then run again"
            )
        try:
            os.replace(old[0], target)
        except OSError as exc:
            raise OSError(exc.errno, f"is missing and its previous copy {old[0].name} cannot be put back ({exc.strerror or exc}); rename it to {target.name} by hand", str(target)) from None
        done.append(f"{target}: restored from {old[0].name}, the copy an interrupted write had moved aside")
        old = []
    removed = []
    for path in new + old:
        shutil.rmtree(path, ignore_errors=True)
        if not path.exists():
            removed.append(path)
    if removed:
        done.append(f"{target.parent}: removed {len(removed)} temporary folder(s) an interrupted write left ({_describe(removed)})")
    for note in done:
        print(f"note: {note}", file=sys.stderr)
    return done


_held_locks: dict[str, list] = {}  # lock path -> [fd, thread id, depth]: the locks this process holds


def _require_writable(folder: Path, what: str, todo: str) -> None:
    """An explicit check, so that a folder we may not write gets one clear line before any work."""
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        raise OSError(errno.EACCES, f"{what}; nothing was changed: {todo}", str(folder))


@contextmanager
def folder_lock(out: Path) -> Iterator[Path]:
    """Hold ``.<out>.lock`` beside the folder: a second writer of the same folder is refused.

    Re-entrant within a thread (a build holds it and its write takes it again). The lock file is
    removed on release; a writer that opened it just before is told by its inode and retries.
    """
    target = output_target(out)
    lock = target.parent / f".{target.name}.lock"
    key = str(lock)
    me = threading.get_ident()
    held = _held_locks.get(key)
    busy = f"{target}: another build or release is writing this folder (it holds {lock}); wait for it to finish, then run again"
    if held is not None:
        if held[1] != me:
            raise TimelineError(busy)
        held[2] += 1
        try:
            yield lock
        finally:
            held[2] -= 1
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OSError(exc.errno, f"cannot create the folder to write into ({exc.strerror or exc}); nothing was changed", str(exc.filename or target.parent)) from None
    _require_writable(target.parent, "cannot write in this folder (no write permission), so nothing in it can be built or replaced",
                      "make it writable or choose a folder elsewhere")
    while True:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise OSError(exc.errno, f"cannot create the lock file {lock.name} ({exc.strerror or exc}); nothing was changed", str(target.parent)) from None
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise TimelineError(busy) from None
        except OSError as exc:
            os.close(fd)
            raise OSError(exc.errno, f"cannot lock {lock.name} ({exc.strerror or exc}); nothing was changed", str(target.parent)) from None
        try:
            mine = os.stat(lock).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            mine = False
        if mine:
            break
        os.close(fd)  # the holder removed the file between our open and our lock: take the new one
    _held_locks[key] = [fd, me, 1]
    try:
        yield lock
    finally:
        del _held_locks[key]
        try:
            os.unlink(lock)  # while still locked, so no one else holds a lock on a removed file
        except OSError:
            pass
        os.close(fd)


def replace_folder(out: Path, fill: Callable[[Path], None]) -> None:
    """Fill a temporary sibling of ``out``, then swap it in; on any error ``out`` is untouched.

    A symlinked ``out`` stays a link (its target is replaced). Holds ``folder_lock(out)``,
    cleans what an interrupted write left, and turns an operating-system failure (read-only
    folder, no permission, disk full) into one ``OSError`` naming the folder, with nothing left
    behind.
    """
    target = output_target(out)
    with folder_lock(target):
        recover_leftovers(target)
        if target.is_dir():
            _require_writable(target, "the folder is read-only (no write permission), so it cannot be replaced",
                              "make it writable or choose another folder")
        try:
            tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
        except OSError as exc:
            raise OSError(exc.errno, f"cannot write a new folder beside it ({exc.strerror or exc}); nothing was changed", str(target)) from None
        try:
            tmp.chmod(0o755)  # mkdtemp makes it private; a data folder is for everyone to read
            fill(tmp)
        except OSError as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            raise OSError(exc.errno, f"cannot write the new folder ({exc.strerror or exc}); nothing was replaced and no temporary folder is left", str(target)) from None
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        old = None
        try:
            if os.path.lexists(target):
                old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
                os.rmdir(old)
                os.replace(target, old)
            os.replace(tmp, target)
        except BaseException as exc:
            kept = ""
            if old is not None and old.exists() and not os.path.lexists(target):
                try:
                    os.replace(old, target)
                except OSError:
                    kept = f"; the previous folder is {old.name}, which the next build puts back"
            shutil.rmtree(tmp, ignore_errors=True)
            if isinstance(exc, OSError):
                raise OSError(exc.errno, f"cannot swap the new folder in ({exc.strerror or exc}); nothing was replaced{kept}", str(target)) from None
            raise
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)  # should it fail, the next write removes it
