/* pyrun - run `python3 ARGS...` in a child of the test run's python
 * server (tests/pyserve.py), which imported openpyxl once: a python start
 * with openpyxl costs ~0.18 s of CPU here, a fork of the server a few ms,
 * and the shell tests start python some 140 times a pass.
 *
 * usage: pyrun [-|-c CODE|SCRIPT] [ARG...], as python3.  The server is
 * the Unix socket $HK_PYSOCK (tests/run.sh starts one per run); without
 * it, or if it cannot be reached, or for any other python option, this
 * execs $HK_PYTHON (/usr/bin/python3) with the same arguments, so the
 * result is the same either way.
 *
 * What goes over the socket: one byte with the descriptors 0, 1, 2 and
 * the working directory (SCM_RIGHTS); then the umask, argv and environ,
 * each string NUL-terminated, after a count.  The server's child takes
 * them over, runs the script as python's main would, and sends back its
 * exit status (4 bytes); a child killed by a signal sends nothing: 1.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

extern char **environ;

static void exec_python(char **argv)
{
	const char *py = getenv("HK_PYTHON");
	if (py == NULL || *py == '\0')
		py = "/usr/bin/python3";
	argv[0] = (char *)py;
	execv(py, argv);
	fprintf(stderr, "pyrun: %s: %s\n", py, strerror(errno));
	exit(127);
}

/* a growing buffer of the message after the descriptors */
struct buf {
	char *p;
	size_t n, cap;
};

static int put(struct buf *b, const void *s, size_t n)
{
	if (b->n + n > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		while (cap < b->n + n)
			cap *= 2;
		char *p = realloc(b->p, cap);
		if (p == NULL)
			return -1;
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
	return 0;
}

static int put_u32(struct buf *b, uint32_t v)
{
	return put(b, &v, sizeof v);
}

static int put_strs(struct buf *b, char **s, uint32_t n)
{
	if (put_u32(b, n) < 0)
		return -1;
	for (uint32_t i = 0; i < n; i++)
		if (put(b, s[i], strlen(s[i]) + 1) < 0)
			return -1;
	return 0;
}

static int send_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

int main(int argc, char **argv)
{
	const char *path = getenv("HK_PYSOCK");
	/* python's own options other than - and -c (and no arguments at
	 * all: the interactive prompt) go to a real python */
	if (path == NULL || *path == '\0' || argc < 2 ||
	    (argv[1][0] == '-' && strcmp(argv[1], "-") != 0 && strcmp(argv[1], "-c") != 0) ||
	    (strcmp(argv[1], "-c") == 0 && argc < 3))
		exec_python(argv);

	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	if (strlen(path) >= sizeof sa.sun_path)
		exec_python(argv);
	strcpy(sa.sun_path, path);
	int s = socket(AF_UNIX, SOCK_STREAM, 0);
	if (s < 0 || connect(s, (struct sockaddr *)&sa, sizeof sa) < 0)
		exec_python(argv);

	/* the descriptors: 0, 1, 2 (/dev/null for a closed one) and the
	 * working directory */
	int fds[4];
	for (int i = 0; i < 3; i++) {
		fds[i] = i;
		if (fcntl(i, F_GETFD) < 0)
			fds[i] = open("/dev/null", i == 0 ? O_RDONLY : O_WRONLY);
	}
	fds[3] = open(".", O_RDONLY | O_DIRECTORY);
	if (fds[0] < 0 || fds[1] < 0 || fds[2] < 0 || fds[3] < 0)
		exec_python(argv);
	char one = 'p';
	struct iovec iov = { .iov_base = &one, .iov_len = 1 };
	union {
		char buf[CMSG_SPACE(sizeof fds)];
		struct cmsghdr align;
	} ctl;
	memset(&ctl, 0, sizeof ctl);
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1,
			      .msg_control = ctl.buf, .msg_controllen = sizeof ctl.buf };
	struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof fds);
	memcpy(CMSG_DATA(c), fds, sizeof fds);
	if (sendmsg(s, &msg, 0) != 1)
		exec_python(argv);

	struct buf b = { 0 };
	mode_t um = umask(0);
	umask(um);
	uint32_t envc = 0;
	while (environ[envc] != NULL)
		envc++;
	if (put_u32(&b, (uint32_t)um) < 0 || put_strs(&b, argv + 1, (uint32_t)argc - 1) < 0 ||
	    put_strs(&b, environ, envc) < 0) {
		fprintf(stderr, "pyrun: out of memory\n");
		return 1;
	}
	uint32_t len = (uint32_t)b.n;
	/* the server took the request once the length is read: from here
	 * a failure is the script's, not a reason to run it again */
	if (send_all(s, (const char *)&len, sizeof len) < 0 || send_all(s, b.p, b.n) < 0) {
		fprintf(stderr, "pyrun: lost the python server (%s)\n", path);
		return 1;
	}
	free(b.p);
	int32_t status;
	size_t got = 0;
	while (got < sizeof status) {
		ssize_t r = read(s, (char *)&status + got, sizeof status - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return 1;
		got += (size_t)r;
	}
	return status & 0xff;
}
