/*
 * test_diag.c - the one exit (diag.h): hk_exit_err and hk_die call the
 * free function a command named with hk_exit_free, exactly once, before
 * they print and exit 2; hk_exit_free(NULL, ...) clears it.  Each case
 * runs in a child process (the exit is the point), which reports through
 * a pipe.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "diag.h"
#include "unit.h"

static int report_fd;

/* the "run" the child frees: its name written to the pipe */
static void free_run(void *arg)
{
	ssize_t n = write(report_fd, arg, strlen(arg));
	(void)n;
}

enum { VIA_EXIT_ERR, VIA_DIE, CLEARED };

/* run case k in a child: its exit status in *status, what it reported in got */
static void child(int k, int *status, char *got, size_t cap)
{
	int fd[2], devnull;
	pid_t pid;
	ssize_t n;
	if (pipe(fd) != 0)
		exit(99);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		hk_err e = {0};
		static char name[] = "run freed";
		close(fd[0]);
		report_fd = fd[1];
		devnull = open("/dev/null", O_WRONLY);
		dup2(devnull, 2); /* the error message: not the test's output */
		hk_exit_free(free_run, name);
		snprintf(e.what, sizeof e.what, "a failure");
		if (k == CLEARED)
			hk_exit_free(NULL, NULL);
		if (k == VIA_EXIT_ERR)
			hk_exit_err(NULL, &e);
		hk_die(HK_EXIT_INPUT, "a failure");
	}
	close(fd[1]);
	n = read(fd[0], got, cap - 1);
	got[n > 0 ? n : 0] = '\0';
	close(fd[0]);
	waitpid(pid, status, 0);
}

int main(void)
{
	char got[64];
	int st;

	child(VIA_EXIT_ERR, &st, got, sizeof got);
	UNIT_TRUE(WIFEXITED(st) && WEXITSTATUS(st) == HK_EXIT_INPUT, "hk_exit_err exits 2");
	UNIT_EQ_STR(got, "run freed", "... having called the command's free function once");
	child(VIA_DIE, &st, got, sizeof got);
	UNIT_TRUE(WIFEXITED(st) && WEXITSTATUS(st) == HK_EXIT_INPUT, "hk_die exits 2");
	UNIT_EQ_STR(got, "run freed", "... having called the command's free function once");
	child(CLEARED, &st, got, sizeof got);
	UNIT_TRUE(WIFEXITED(st) && WEXITSTATUS(st) == HK_EXIT_INPUT, "cleared: still exits 2");
	UNIT_EQ_STR(got, "", "... without calling a free function (the command freed its memory itself)");
	return unit_done();
}
