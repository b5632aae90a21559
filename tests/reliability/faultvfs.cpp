#include "tests/reliability/faultvfs.h"

#include <array>
#include <cstring>

#include <sqlite3.h>

namespace supolka::test {

namespace {

struct State
{
    sqlite3_vfs *real = nullptr;
    FaultVfs::Kind kind = FaultVfs::Kind::Write;
    int failAt = 0;
    std::array<int, 4> counts{};
    bool failed = false;
};

State &state()
{
    static State s;
    return s;
}

struct FaultFile
{
    sqlite3_file base;  // must come first: SQLite sees this
    sqlite3_file *real; // the real VFS's file, allocated right after
};

// Counts a call of `kind`; true when it must fail.
bool fails(FaultVfs::Kind kind)
{
    State &s = state();
    const int count = ++s.counts[size_t(kind)];
    if (s.kind != kind || s.failAt <= 0 || count < s.failAt)
        return false;
    // A page read back damaged is one bad read; a failing disk stays failed.
    if (kind == FaultVfs::Kind::Corrupt && count > s.failAt)
        return false;
    s.failed = true;
    return true;
}

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<FaultFile *>(file)->real;
}

int faultClose(sqlite3_file *file)
{
    sqlite3_file *r = real(file);
    const int rc = r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
    return rc;
}
int faultRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    if (fails(FaultVfs::Kind::Read))
        return SQLITE_IOERR_READ;
    const bool corrupt = fails(FaultVfs::Kind::Corrupt);
    const int rc = real(file)->pMethods->xRead(real(file), buffer, amount, offset);
    if (corrupt && rc == SQLITE_OK) {
        auto *bytes = static_cast<unsigned char *>(buffer);
        for (int i = amount / 3; i < amount; i += 7)
            bytes[i] ^= 0x5a;
    }
    return rc;
}
int faultWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (fails(FaultVfs::Kind::Write))
        return SQLITE_IOERR_WRITE;
    return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
}
int faultTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    return real(file)->pMethods->xTruncate(real(file), size);
}
int faultSync(sqlite3_file *file, int flags)
{
    if (fails(FaultVfs::Kind::Sync))
        return SQLITE_IOERR_FSYNC;
    return real(file)->pMethods->xSync(real(file), flags);
}
int faultFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return real(file)->pMethods->xFileSize(real(file), size);
}
int faultLock(sqlite3_file *file, int lock)
{
    return real(file)->pMethods->xLock(real(file), lock);
}
int faultUnlock(sqlite3_file *file, int lock)
{
    return real(file)->pMethods->xUnlock(real(file), lock);
}
int faultCheckReservedLock(sqlite3_file *file, int *out)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), out);
}
int faultFileControl(sqlite3_file *file, int op, void *arg)
{
    return real(file)->pMethods->xFileControl(real(file), op, arg);
}
int faultSectorSize(sqlite3_file *file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}
int faultDeviceCharacteristics(sqlite3_file *file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}
int faultShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **out)
{
    return real(file)->pMethods->xShmMap(real(file), region, size, extend, out);
}
int faultShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}
void faultShmBarrier(sqlite3_file *file)
{
    real(file)->pMethods->xShmBarrier(real(file));
}
int faultShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}
int faultFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    *out = nullptr; // no memory mapping: every read goes through xRead, where it can fail
    (void)file;
    (void)offset;
    (void)amount;
    return SQLITE_OK;
}
int faultUnfetch(sqlite3_file *, sqlite3_int64, void *)
{
    return SQLITE_OK;
}

const sqlite3_io_methods FaultMethods = {
    3,
    faultClose,
    faultRead,
    faultWrite,
    faultTruncate,
    faultSync,
    faultFileSize,
    faultLock,
    faultUnlock,
    faultCheckReservedLock,
    faultFileControl,
    faultSectorSize,
    faultDeviceCharacteristics,
    faultShmMap,
    faultShmLock,
    faultShmBarrier,
    faultShmUnmap,
    faultFetch,
    faultUnfetch,
};

int faultOpen(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    (void)vfs;
    sqlite3_vfs *realVfs = state().real;
    auto *fault = reinterpret_cast<FaultFile *>(file);
    fault->real = reinterpret_cast<sqlite3_file *>(fault + 1);
    std::memset(fault->real, 0, size_t(realVfs->szOsFile));
    fault->base.pMethods = nullptr;
    const int rc = realVfs->xOpen(realVfs, name, fault->real, flags, outFlags);
    if (rc == SQLITE_OK && fault->real->pMethods)
        fault->base.pMethods = &FaultMethods;
    return rc;
}

sqlite3_vfs &faultVfs()
{
    static sqlite3_vfs vfs = [] {
        sqlite3_vfs *realVfs = sqlite3_vfs_find(nullptr);
        state().real = realVfs;
        sqlite3_vfs v = *realVfs;
        v.zName = "supolka-fault";
        v.szOsFile = int(sizeof(FaultFile)) + realVfs->szOsFile;
        v.xOpen = faultOpen;
        v.pNext = nullptr;
        return v;
    }();
    return vfs;
}

} // namespace

FaultVfs::FaultVfs()
{
    sqlite3_vfs_register(&faultVfs(), 1);
    heal();
}

FaultVfs::~FaultVfs()
{
    sqlite3_vfs_unregister(&faultVfs());
    if (state().real)
        sqlite3_vfs_register(state().real, 1);
}

void FaultVfs::failAt(Kind kind, int n)
{
    State &s = state();
    s.kind = kind;
    s.failAt = n;
    s.counts = {};
    s.failed = false;
}

void FaultVfs::heal()
{
    failAt(Kind::Write, 0);
}

int FaultVfs::count(Kind kind) const
{
    return state().counts[size_t(kind)];
}

bool FaultVfs::failed() const
{
    return state().failed;
}

} // namespace supolka::test
