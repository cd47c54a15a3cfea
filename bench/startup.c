/*
 * startup.c - start-up time of a command: run it N times (stdout and
 * stderr to /dev/null), each timed from posix_spawn to waitpid with
 * CLOCK_MONOTONIC, and print min, median and mean in ms.  The machine is
 * shared: the minimum is the figure that other load disturbs least.
 *
 *   cc -O2 -o startup bench/startup.c && ./startup 200 bin/heatkit --help
 */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: startup N COMMAND [ARGS...]\n");
		return 2;
	}
	int n = atoi(argv[1]);
	double *t = calloc((size_t)(n > 0 ? n : 1), sizeof *t), sum = 0;
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	for (int i = 0; i < n; i++) {
		struct timespec a, b;
		pid_t pid;
		int st;
		clock_gettime(CLOCK_MONOTONIC, &a);
		if (posix_spawn(&pid, argv[2], &fa, NULL, argv + 2, environ) != 0) {
			perror(argv[2]);
			return 1;
		}
		waitpid(pid, &st, 0);
		clock_gettime(CLOCK_MONOTONIC, &b);
		t[i] = (double)(b.tv_sec - a.tv_sec) * 1e3 + (double)(b.tv_nsec - a.tv_nsec) / 1e6;
		sum += t[i];
	}
	qsort(t, (size_t)n, sizeof *t, cmp);
	printf("%-40s runs %d  min %.2f ms  median %.2f ms  mean %.2f ms\n", argv[2], n, t[0], t[n / 2],
	       sum / n);
	free(t);
	return 0;
}
