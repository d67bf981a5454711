/* Experiment only (issue 19, thirteenth session; docs/benchmarks.md): SQLite writes each WAL frame as two pwrite calls,
 * its 24-byte header then its page. This LD_PRELOAD shim holds a header written to a *-wal file and
 * writes it together with the page that follows it (adjacent, same fd, same thread) in one pwritev:
 * the same bytes at the same offsets, one system call a frame instead of two. Anything else the
 * thread does on a file first writes a held header. WALPAIR_FDATASYNC=1 also makes an fsync of a
 * -wal or .db file an fdatasync. Not for production: it measures what a VFS of our own would save.
 *
 *   gcc -O2 -shared -fPIC -o /tmp/walpair.so bench/walpair.c -ldl
 *   LD_PRELOAD=/tmp/walpair.so java -cp target/xiaoer.jar bench/StoreWriter.java 3000 6 3
 *   (bench/ab.sh starts java itself: put a wrapper named java first on PATH that sets LD_PRELOAD) */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <stdlib.h>
#include <unistd.h>

static ssize_t (*real_pwrite64)(int, const void *, size_t, off64_t);
static ssize_t (*real_pwritev64)(int, const struct iovec *, int, off64_t);
static int (*real_fsync)(int);
static int (*real_fdatasync)(int);
static ssize_t (*real_pread64)(int, void *, size_t, off64_t);
static int (*real_close)(int);

static __thread int held_fd = -1;
static __thread off64_t held_off;
static __thread char held[24];
static unsigned char kind[65536]; /* per fd: 0 unknown, 1 a WAL file, 2 not */

static void init(void) {
    if (real_pwrite64) return;
    real_pwritev64 = dlsym(RTLD_NEXT, "pwritev64");
    real_fsync = dlsym(RTLD_NEXT, "fsync");
    real_fdatasync = dlsym(RTLD_NEXT, "fdatasync");
    real_pread64 = dlsym(RTLD_NEXT, "pread64");
    real_close = dlsym(RTLD_NEXT, "close");
    real_pwrite64 = dlsym(RTLD_NEXT, "pwrite64");
}

static int is_wal(int fd) {
    if (fd < 0 || fd >= 65536) return 0;
    if (!kind[fd]) {
        char link[64], path[4096];
        snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
        ssize_t n = readlink(link, path, sizeof path - 1);
        path[n > 0 ? n : 0] = 0;
        kind[fd] = (n > 4 && strcmp(path + n - 4, "-wal") == 0) ? 1 : 2;
    }
    return kind[fd] == 1;
}

static ssize_t write_all(int fd, const struct iovec *iov, int cnt, off64_t off, size_t total) {
    ssize_t w = real_pwritev64(fd, iov, cnt, off);
    if (w < 0) return -1;
    size_t done = (size_t) w;
    while (done < total) { /* finish a short write piece by piece */
        size_t skip = done;
        for (int i = 0; i < cnt; i++) {
            if (skip >= iov[i].iov_len) { skip -= iov[i].iov_len; continue; }
            ssize_t x = real_pwrite64(fd, (const char *) iov[i].iov_base + skip, iov[i].iov_len - skip, off + done);
            if (x < 0) return -1;
            done += (size_t) x;
            break;
        }
    }
    return (ssize_t) done;
}

static int flush_held(void) {
    if (held_fd < 0) return 0;
    int fd = held_fd;
    held_fd = -1;
    struct iovec one = {held, sizeof held};
    return write_all(fd, &one, 1, held_off, sizeof held) < 0 ? -1 : 0;
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off64_t off) {
    init();
    if (held_fd >= 0) {
        if (fd == held_fd && off == held_off + (off64_t) sizeof held) {
            struct iovec two[2] = {{held, sizeof held}, {(void *) buf, n}};
            off64_t at = held_off;
            held_fd = -1;
            return write_all(fd, two, 2, at, sizeof held + n) < 0 ? -1 : (ssize_t) n;
        }
        if (flush_held() < 0) return -1;
    }
    if (n == sizeof held && is_wal(fd)) {
        memcpy(held, buf, n);
        held_fd = fd;
        held_off = off;
        return (ssize_t) n;
    }
    return real_pwrite64(fd, buf, n, off);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off) { return pwrite64(fd, buf, n, off); }

static int datasync = -1; /* WALPAIR_FDATASYNC=1: fsync of a -wal or .db file as fdatasync (SQLite built with HAVE_FDATASYNC) */
static int sqlite_file(int fd) {
    char link[64], path[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, path, sizeof path - 1);
    return n > 4 && (strncmp(path + n - 4, "-wal", 4) == 0 || strncmp(path + n - 3, ".db", 3) == 0);
}
int fsync(int fd) {
    init();
    if (flush_held() < 0) return -1;
    if (datasync < 0) { const char *e = getenv("WALPAIR_FDATASYNC"); datasync = e && *e == '1'; }
    if (datasync && sqlite_file(fd)) return real_fdatasync(fd);
    return real_fsync(fd);
}
int fdatasync(int fd) { init(); if (flush_held() < 0) return -1; return real_fdatasync(fd); }
ssize_t pread64(int fd, void *buf, size_t n, off64_t off) { init(); if (flush_held() < 0) return -1; return real_pread64(fd, buf, n, off); }
ssize_t pread(int fd, void *buf, size_t n, off_t off) { return pread64(fd, buf, n, off); }
int close(int fd) { init(); flush_held(); if (fd >= 0 && fd < 65536) kind[fd] = 0; return real_close(fd); }
