// A test-only LD_PRELOAD library that makes the file system misbehave on
// purpose, for tests that cannot mount a small tmpfs (not root) or need a
// moment in the middle of another process's save:
//
//   CC_SHIM_FULL_DIR=/abs/dir CC_SHIM_FREE_BYTES=N
//       writes to files under the folder (write, pwrite, writev, fwrite)
//       succeed for N bytes in all, then the rest of the write that crosses the
//       limit is refused with ENOSPC ("No space left on device"), as on a full
//       disk.
//   CC_SHIM_PAUSE_OPEN=/abs/file CC_SHIM_PAUSE_FLAG=/abs/flag
//       the first open of the file with write access creates the flag file and
//       waits until it is removed, then opens: the test changes the file in
//       between.
//
// Plain C++ with the C library only; built without sanitizers.
#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

std::atomic<long long> g_written{0};
std::atomic<bool> g_paused{false};

template <typename F> F real(const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

const char *env(const char *name)
{
    const char *v = std::getenv(name);
    return v && *v ? v : nullptr;
}

// True when descriptor `fd` is a regular file under CC_SHIM_FULL_DIR.
bool underFullDir(int fd)
{
    const char *dir = env("CC_SHIM_FULL_DIR");
    if (!dir)
        return false;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    char link[64], target[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, target, sizeof target - 1);
    if (n <= 0)
        return false;
    target[n] = '\0';
    const size_t len = strlen(dir);
    return strncmp(target, dir, len) == 0 && target[len] == '/';
}

// How many of `count` bytes may still be written to `fd`; -1 when all of them.
long long allowance(int fd, size_t count)
{
    if (!underFullDir(fd))
        return -1;
    const long long free = atoll(env("CC_SHIM_FREE_BYTES") ? env("CC_SHIM_FREE_BYTES") : "0");
    const long long before = g_written.fetch_add(static_cast<long long>(count));
    if (before + static_cast<long long>(count) <= free)
        return -1;
    const long long left = free > before ? free - before : 0;
    g_written.store(before + left); // what was not written does not count
    return left;
}

void maybePause(const char *path, int flags)
{
    const char *file = env("CC_SHIM_PAUSE_OPEN");
    const char *flag = env("CC_SHIM_PAUSE_FLAG");
    if (!file || !flag || (flags & O_ACCMODE) == O_RDONLY || strcmp(path, file) != 0 ||
        g_paused.exchange(true))
        return;
    static auto realOpen = real<int (*)(const char *, int, ...)>("open");
    const int fd = realOpen(flag, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    if (fd >= 0)
        close(fd);
    struct stat st;
    const timespec step{0, 10 * 1000 * 1000};
    while (stat(flag, &st) == 0)
        nanosleep(&step, nullptr);
}

mode_t modeArg(int flags, va_list ap)
{
    return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE ? va_arg(ap, int) : 0;
}

} // namespace

extern "C" {

ssize_t write(int fd, const void *buf, size_t count)
{
    static auto next = real<ssize_t (*)(int, const void *, size_t)>("write");
    const long long allowed = allowance(fd, count);
    if (allowed < 0)
        return next(fd, buf, count);
    if (allowed == 0) {
        errno = ENOSPC;
        return -1;
    }
    return next(fd, buf, static_cast<size_t>(allowed));
}

ssize_t pwrite64(int fd, const void *buf, size_t count, off64_t offset)
{
    static auto next = real<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64");
    const long long allowed = allowance(fd, count);
    if (allowed < 0)
        return next(fd, buf, count, offset);
    if (allowed == 0) {
        errno = ENOSPC;
        return -1;
    }
    return next(fd, buf, static_cast<size_t>(allowed), offset);
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset)
{
    return pwrite64(fd, buf, count, offset);
}

ssize_t writev(int fd, const struct iovec *iov, int iovcnt)
{
    static auto next = real<ssize_t (*)(int, const struct iovec *, int)>("writev");
    size_t total = 0;
    for (int i = 0; i < iovcnt; ++i)
        total += iov[i].iov_len;
    if (allowance(fd, total) < 0)
        return next(fd, iov, iovcnt);
    errno = ENOSPC; // all or nothing is enough for the callers under test
    return -1;
}

// Writes through stdio (libxlsxwriter's zip writer) reach the system inside the
// C library, where `write` above cannot see them: counted here instead.
size_t fwrite(const void *buf, size_t size, size_t items, FILE *stream)
{
    static auto next = real<size_t (*)(const void *, size_t, size_t, FILE *)>("fwrite");
    if (size == 0 || items == 0)
        return next(buf, size, items, stream);
    const long long allowed = allowance(fileno(stream), size * items);
    if (allowed < 0)
        return next(buf, size, items, stream);
    const size_t whole = static_cast<size_t>(allowed) / size;
    const size_t done = whole > 0 ? next(buf, size, whole, stream) : 0;
    errno = ENOSPC;
    return done;
}

int open(const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    const mode_t mode = modeArg(flags, ap);
    va_end(ap);
    maybePause(path, flags);
    static auto next = real<int (*)(const char *, int, ...)>("open");
    return next(path, flags, mode);
}

int open64(const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    const mode_t mode = modeArg(flags, ap);
    va_end(ap);
    maybePause(path, flags);
    static auto next = real<int (*)(const char *, int, ...)>("open64");
    return next(path, flags, mode);
}

int openat(int dirfd, const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    const mode_t mode = modeArg(flags, ap);
    va_end(ap);
    maybePause(path, flags);
    static auto next = real<int (*)(int, const char *, int, ...)>("openat");
    return next(dirfd, path, flags, mode);
}

int openat64(int dirfd, const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    const mode_t mode = modeArg(flags, ap);
    va_end(ap);
    maybePause(path, flags);
    static auto next = real<int (*)(int, const char *, int, ...)>("openat64");
    return next(dirfd, path, flags, mode);
}

} // extern "C"
