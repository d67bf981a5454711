/* Prototype (issue 19, thirteenth session; docs/benchmarks.md): the shape bench/walpair.c's saving
 * would ship in. A VFS over the default one that writes each WAL frame (its 24-byte header, then its
 * page) with one xWrite of the underlying file, i.e. one pwrite: the header is held and written with
 * the page that follows it at the next offset, the same bytes at the same offsets. Any other call on
 * the file first writes a held header. Loaded as a SQLite extension, it registers itself as the
 * default VFS, so every connection opened afterwards uses it. Not used by the service.
 *
 *   gcc -O2 -shared -fPIC -o /tmp/walpairvfs.so bench/walpairvfs.c      # needs sqlite3ext.h (libsqlite3-dev)
 *   java -Dvfs=/tmp/walpairvfs.so -cp target/xiaoer.jar bench/StoreWriter.java 3000 6 3
 */
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1
#include <string.h>

#define HEADER 24

typedef struct PairFile {
    sqlite3_file base;
    sqlite3_file *real; /* follows this struct in the same allocation */
    int wal;
    int held;
    sqlite3_int64 heldAt;
    unsigned char header[HEADER];
    unsigned char *buf;
    int bufSize;
} PairFile;

static sqlite3_vfs *realVfs;

static int flush(PairFile *p) {
    if (!p->held) return SQLITE_OK;
    p->held = 0;
    return p->real->pMethods->xWrite(p->real, p->header, HEADER, p->heldAt);
}

#define REAL(p) (((PairFile *) (p))->real)

static int pClose(sqlite3_file *f) {
    PairFile *p = (PairFile *) f;
    int rc = flush(p);
    int rc2 = p->real->pMethods->xClose(p->real);
    sqlite3_free(p->buf);
    return rc != SQLITE_OK ? rc : rc2;
}
static int pRead(sqlite3_file *f, void *b, int n, sqlite3_int64 o) {
    int rc = flush((PairFile *) f);
    return rc != SQLITE_OK ? rc : REAL(f)->pMethods->xRead(REAL(f), b, n, o);
}
static int pWrite(sqlite3_file *f, const void *b, int n, sqlite3_int64 o) {
    PairFile *p = (PairFile *) f;
    if (p->held && o == p->heldAt + HEADER) {
        if (p->bufSize < HEADER + n) {
            unsigned char *nb = sqlite3_realloc(p->buf, HEADER + n);
            if (!nb) return SQLITE_NOMEM;
            p->buf = nb;
            p->bufSize = HEADER + n;
        }
        memcpy(p->buf, p->header, HEADER);
        memcpy(p->buf + HEADER, b, n);
        p->held = 0;
        return p->real->pMethods->xWrite(p->real, p->buf, HEADER + n, p->heldAt);
    }
    int rc = flush(p);
    if (rc != SQLITE_OK) return rc;
    if (p->wal && n == HEADER) {
        memcpy(p->header, b, HEADER);
        p->heldAt = o;
        p->held = 1;
        return SQLITE_OK;
    }
    return p->real->pMethods->xWrite(p->real, b, n, o);
}
static int pTruncate(sqlite3_file *f, sqlite3_int64 size) {
    int rc = flush((PairFile *) f);
    return rc != SQLITE_OK ? rc : REAL(f)->pMethods->xTruncate(REAL(f), size);
}
static int pSync(sqlite3_file *f, int flags) {
    int rc = flush((PairFile *) f);
    return rc != SQLITE_OK ? rc : REAL(f)->pMethods->xSync(REAL(f), flags);
}
static int pFileSize(sqlite3_file *f, sqlite3_int64 *size) {
    int rc = flush((PairFile *) f);
    return rc != SQLITE_OK ? rc : REAL(f)->pMethods->xFileSize(REAL(f), size);
}
static int pLock(sqlite3_file *f, int l) { return REAL(f)->pMethods->xLock(REAL(f), l); }
static int pUnlock(sqlite3_file *f, int l) { return REAL(f)->pMethods->xUnlock(REAL(f), l); }
static int pCheckReservedLock(sqlite3_file *f, int *out) { return REAL(f)->pMethods->xCheckReservedLock(REAL(f), out); }
static int pFileControl(sqlite3_file *f, int op, void *arg) {
    int rc = flush((PairFile *) f);
    return rc != SQLITE_OK ? rc : REAL(f)->pMethods->xFileControl(REAL(f), op, arg);
}
static int pSectorSize(sqlite3_file *f) { return REAL(f)->pMethods->xSectorSize(REAL(f)); }
static int pDeviceCharacteristics(sqlite3_file *f) { return REAL(f)->pMethods->xDeviceCharacteristics(REAL(f)); }
static int pShmMap(sqlite3_file *f, int i, int sz, int e, void volatile **pp) { return REAL(f)->pMethods->xShmMap(REAL(f), i, sz, e, pp); }
static int pShmLock(sqlite3_file *f, int o, int n, int fl) { return REAL(f)->pMethods->xShmLock(REAL(f), o, n, fl); }
static void pShmBarrier(sqlite3_file *f) { REAL(f)->pMethods->xShmBarrier(REAL(f)); }
static int pShmUnmap(sqlite3_file *f, int d) { return REAL(f)->pMethods->xShmUnmap(REAL(f), d); }
static int pFetch(sqlite3_file *f, sqlite3_int64 o, int n, void **pp) { return REAL(f)->pMethods->xFetch(REAL(f), o, n, pp); }
static int pUnfetch(sqlite3_file *f, sqlite3_int64 o, void *p) { return REAL(f)->pMethods->xUnfetch(REAL(f), o, p); }

static sqlite3_io_methods methods = {
    3, pClose, pRead, pWrite, pTruncate, pSync, pFileSize, pLock, pUnlock, pCheckReservedLock,
    pFileControl, pSectorSize, pDeviceCharacteristics, pShmMap, pShmLock, pShmBarrier, pShmUnmap,
    pFetch, pUnfetch
};

static int vOpen(sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags, int *outFlags) {
    PairFile *p = (PairFile *) f;
    memset(p, 0, sizeof *p);
    p->real = (sqlite3_file *) &p[1];
    int rc = realVfs->xOpen(realVfs, name, p->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        p->base.pMethods = 0;
        return rc;
    }
    p->wal = (flags & SQLITE_OPEN_WAL) != 0;
    p->base.pMethods = &methods;
    return SQLITE_OK;
}
static int vDelete(sqlite3_vfs *v, const char *n, int s) { return realVfs->xDelete(realVfs, n, s); }
static int vAccess(sqlite3_vfs *v, const char *n, int f, int *o) { return realVfs->xAccess(realVfs, n, f, o); }
static int vFullPathname(sqlite3_vfs *v, const char *n, int sz, char *o) { return realVfs->xFullPathname(realVfs, n, sz, o); }
static void *vDlOpen(sqlite3_vfs *v, const char *n) { return realVfs->xDlOpen(realVfs, n); }
static void vDlError(sqlite3_vfs *v, int n, char *m) { realVfs->xDlError(realVfs, n, m); }
static void (*vDlSym(sqlite3_vfs *v, void *h, const char *s))(void) { return realVfs->xDlSym(realVfs, h, s); }
static void vDlClose(sqlite3_vfs *v, void *h) { realVfs->xDlClose(realVfs, h); }
static int vRandomness(sqlite3_vfs *v, int n, char *o) { return realVfs->xRandomness(realVfs, n, o); }
static int vSleep(sqlite3_vfs *v, int us) { return realVfs->xSleep(realVfs, us); }
static int vCurrentTime(sqlite3_vfs *v, double *t) { return realVfs->xCurrentTime(realVfs, t); }
static int vGetLastError(sqlite3_vfs *v, int n, char *m) { return realVfs->xGetLastError(realVfs, n, m); }
static int vCurrentTimeInt64(sqlite3_vfs *v, sqlite3_int64 *t) { return realVfs->xCurrentTimeInt64(realVfs, t); }

static sqlite3_vfs pairVfs = {
    2, 0, 0, 0, "walpair", 0, vOpen, vDelete, vAccess, vFullPathname, vDlOpen, vDlError, vDlSym, vDlClose,
    vRandomness, vSleep, vCurrentTime, vGetLastError, vCurrentTimeInt64
};

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_walpairvfs_init(sqlite3 *db, char **err, const sqlite3_api_routines *api) {
    SQLITE_EXTENSION_INIT2(api);
    if (sqlite3_vfs_find("walpair")) return SQLITE_OK_LOAD_PERMANENTLY;
    realVfs = sqlite3_vfs_find(0);
    pairVfs.szOsFile = (int) sizeof(PairFile) + realVfs->szOsFile;
    pairVfs.mxPathname = realVfs->mxPathname;
    int rc = sqlite3_vfs_register(&pairVfs, 1);
    return rc == SQLITE_OK ? SQLITE_OK_LOAD_PERMANENTLY : rc;
}
