#ifndef REGIMEN_SYSTEM_CALLS_H
#define REGIMEN_SYSTEM_CALLS_H

/// Opens `path` relative to the folder `directory` with Linux's openat2(2), resolving every part
/// beneath that folder and refusing symbolic links anywhere on the way
/// (RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS). Returns a descriptor, or -1 with errno set; errno is
/// ENOSYS where openat2 does not exist (other systems, Linux before 5.6), and callers then open
/// one part at a time with O_NOFOLLOW instead. Swift cannot call the variadic syscall(2) itself.
int regimen_openat_beneath(int directory, const char *path, int flags);

#endif
