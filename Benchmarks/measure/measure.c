/*
 * measure: runs a command and reports its wall time, its CPU time and peak resident memory.
 *
 * Peak RSS from wait4(2) includes the memory of the process that forked the child, as Linux
 * carries the high-water mark across exec. Measured from Python, every figure would be at
 * least the Python interpreter's size; from this small C program, the floor is about 1 MiB.
 *
 * Build:  cc -O2 -o measure measure.c
 * Usage:  ./measure REPORT COMMAND [ARG...]
 * Writes "seconds=S cpu_seconds=C peak_kib=K exit=E" to the file REPORT (C is the command's
 * user plus system time: on a machine shared with other work it moves far less than wall time);
 * the command's own stdout and stderr pass through. Exits 0 when the command ran (whatever its status), 2 on a usage error and
 * 127 when the command could not be started.
 */

#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE

#include <stdio.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: measure REPORT COMMAND [ARG...]\n");
        return 2;
    }
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t child = fork();
    if (child < 0) {
        perror("measure: fork");
        return 127;
    }
    if (child == 0) {
        execvp(argv[2], &argv[2]);
        perror("measure: exec");
        _exit(127);
    }
    int status = 0;
    struct rusage usage;
    if (wait4(child, &status, 0, &usage) < 0) {
        perror("measure: wait4");
        return 127;
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    FILE *report = fopen(argv[1], "w");
    if (!report) {
        perror("measure: report");
        return 127;
    }
    double cpu = (double)usage.ru_utime.tv_sec + (double)usage.ru_utime.tv_usec / 1e6
        + (double)usage.ru_stime.tv_sec + (double)usage.ru_stime.tv_usec / 1e6;
    fprintf(report, "seconds=%.6f cpu_seconds=%.6f peak_kib=%ld exit=%d\n", seconds, cpu, usage.ru_maxrss, code);
    fclose(report);
    return code == 127 ? 127 : 0;
}
