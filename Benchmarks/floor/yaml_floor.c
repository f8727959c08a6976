/*
 * yaml_floor: the "libyaml floor" for Regimen's benchmarks.
 *
 * For every file named on the command line (or every *.yaml file in a directory given with
 * -d DIR), read the file into memory and run libyaml's event API over it (parse until
 * YAML_STREAM_END_EVENT), counting events. Nothing is built from the events: this is the least
 * work any libyaml-based reader of the same files can do, so it is the floor under the cost of
 * reading a corpus.
 *
 * Build:  cc -O2 -o yaml_floor yaml_floor.c -lyaml
 *         (Debian/Ubuntu: apt-get install libyaml-dev; also clean with -std=c11 -Wall -Wextra)
 * Usage:  ./yaml_floor FILE...
 *         ./yaml_floor -d DIR [FILE...]
 *
 * Prints one line at the end:
 *     files=N bytes=B events=E seconds=S
 * where S is the wall time (CLOCK_MONOTONIC) spent reading and parsing, excluding the directory
 * listing. Exits 1 on a parse error or an unreadable file (with a message on stderr), 2 on a
 * usage error.
 */

#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <yaml.h>

struct totals {
    unsigned long files;
    unsigned long long bytes;
    unsigned long long events;
};

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Reads a whole file; returns a malloc'd buffer (NUL-terminated for convenience) or NULL. */
static unsigned char *read_file(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "yaml_floor: %s: %s\n", path, strerror(errno));
        return NULL;
    }
    size_t cap = 64 * 1024, len = 0;
    unsigned char *buf = malloc(cap + 1);
    if (!buf) {
        fprintf(stderr, "yaml_floor: out of memory\n");
        fclose(f);
        return NULL;
    }
    for (;;) {
        size_t n = fread(buf + len, 1, cap - len, f);
        len += n;
        if (len < cap) {
            if (ferror(f)) {
                fprintf(stderr, "yaml_floor: %s: read error\n", path);
                free(buf);
                fclose(f);
                return NULL;
            }
            break; /* end of file */
        }
        size_t bigger = cap * 2;
        unsigned char *grown = realloc(buf, bigger + 1);
        if (!grown) {
            fprintf(stderr, "yaml_floor: out of memory\n");
            free(buf);
            fclose(f);
            return NULL;
        }
        buf = grown;
        cap = bigger;
    }
    fclose(f);
    buf[len] = '\0';
    *size = len;
    return buf;
}

/* Parses one buffer with the event API; returns the number of events, or -1 on an error. */
static long long parse_events(const char *path, const unsigned char *data, size_t size)
{
    yaml_parser_t parser;
    yaml_event_t event;
    long long count = 0;

    if (!yaml_parser_initialize(&parser)) {
        fprintf(stderr, "yaml_floor: %s: cannot initialize the parser\n", path);
        return -1;
    }
    yaml_parser_set_input_string(&parser, data, size);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "yaml_floor: %s:%lu:%lu: %s%s%s\n", path,
                    (unsigned long)parser.problem_mark.line + 1, (unsigned long)parser.problem_mark.column + 1,
                    parser.problem ? parser.problem : "parse error",
                    parser.context ? " " : "", parser.context ? parser.context : "");
            yaml_parser_delete(&parser);
            return -1;
        }
        count++;
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done)
            break;
    }
    yaml_parser_delete(&parser);
    return count;
}

/* Reads and parses one file, adding to the totals; returns 0 or -1. */
static int run_file(const char *path, struct totals *t)
{
    size_t size = 0;
    unsigned char *data = read_file(path, &size);
    if (!data)
        return -1;
    long long events = parse_events(path, data, size);
    free(data);
    if (events < 0)
        return -1;
    t->files++;
    t->bytes += size;
    t->events += (unsigned long long)events;
    return 0;
}

static int has_yaml_suffix(const char *name)
{
    size_t n = strlen(name);
    return n > 5 && strcmp(name + n - 5, ".yaml") == 0;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The *.yaml files of a directory, as "DIR/NAME" paths sorted by name; NULL on an error. */
static char **list_dir(const char *dir, size_t *count)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "yaml_floor: %s: %s\n", dir, strerror(errno));
        return NULL;
    }
    size_t cap = 256, n = 0;
    char **paths = malloc(cap * sizeof *paths);
    if (!paths) {
        closedir(d);
        return NULL;
    }
    struct dirent *entry;
    while ((entry = readdir(d)) != NULL) {
        if (entry->d_name[0] == '.' || !has_yaml_suffix(entry->d_name))
            continue;
        if (n == cap) {
            char **grown = realloc(paths, cap * 2 * sizeof *paths);
            if (!grown)
                goto fail;
            paths = grown;
            cap *= 2;
        }
        size_t len = strlen(dir) + 1 + strlen(entry->d_name) + 1;
        paths[n] = malloc(len);
        if (!paths[n])
            goto fail;
        snprintf(paths[n], len, "%s/%s", dir, entry->d_name);
        n++;
    }
    closedir(d);
    qsort(paths, n, sizeof *paths, compare_names);
    *count = n;
    return paths;

fail:
    fprintf(stderr, "yaml_floor: out of memory\n");
    for (size_t i = 0; i < n; i++)
        free(paths[i]);
    free(paths);
    closedir(d);
    return NULL;
}

static void usage(void)
{
    fprintf(stderr, "usage: yaml_floor FILE...\n       yaml_floor -d DIR [FILE...]\n");
}

int main(int argc, char **argv)
{
    const char *dir = NULL;
    int first = 1;

    if (argc > 1 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)) {
        usage();
        return 0;
    }
    if (argc > 1 && strcmp(argv[1], "-d") == 0) {
        if (argc < 3) {
            usage();
            return 2;
        }
        dir = argv[2];
        first = 3;
    }
    if (!dir && argc < 2) {
        usage();
        return 2;
    }

    char **paths = NULL;
    size_t npaths = 0;
    if (dir) {
        paths = list_dir(dir, &npaths);
        if (!paths)
            return 1;
        if (npaths == 0)
            fprintf(stderr, "yaml_floor: %s: no *.yaml files\n", dir);
    }

    struct totals t = {0, 0, 0};
    int status = 0;
    double start = now_seconds();
    for (size_t i = 0; i < npaths && status == 0; i++)
        if (run_file(paths[i], &t) != 0)
            status = 1;
    for (int i = first; i < argc && status == 0; i++)
        if (run_file(argv[i], &t) != 0)
            status = 1;
    double seconds = now_seconds() - start;

    for (size_t i = 0; i < npaths; i++)
        free(paths[i]);
    free(paths);

    printf("files=%lu bytes=%llu events=%llu seconds=%.6f\n", t.files, t.bytes, t.events, seconds);
    return status;
}
