/*
 * A closed-loop HTTP/1.1 load generator for bench/pages.ts: C connections with keep-alive,
 * one request in flight on each, for D seconds; prints one JSON line with requests/s, latency
 * percentiles (ms), errors and bytes per response.
 *
 * Why not wrk: wrk starts timing with the connections' first requests. Node accepts one new
 * connection per turn of its event loop, so when 50 connections arrive at once at a server that
 * is already busy with the first few, the last one's first request waits about a second. That
 * start-up ramp is under 0.5% of a 20-second run, yet it fills wrk's p99 (measured here: a plain
 * Node server that is fast only while connections open shows wrk p99 39 ms; the same server
 * slow from the start shows 450 ms, while its own per-socket turnaround never exceeds 90 ms).
 * Readers arrive over connections that a CDN or browser keeps open, so this tool opens every
 * connection and completes one request on each before it starts measuring. It is as light as
 * wrk (one thread, epoll), so the server keeps the CPU it would have with wrk.
 *
 * Usage: loadgen <port> <connections> <seconds> <path>
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define BUF 65536
#define TIMEOUT_MS 2000.0

typedef struct {
  int fd;
  double start;
  /* response parsing */
  char head[16384];
  size_t head_len;
  int in_body;
  int chunked;
  long remaining;   /* body bytes (or bytes of the current chunk) still to read */
  int chunk_state;  /* chunked: 0 size line, 1 data, 2 CRLF after data, 3 trailer */
  char line[64];
  size_t line_len;
  int status;
  long bytes;
} conn;

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static int port, epfd;
static char request[1024];
static size_t request_len;

static int open_conn(conn *c) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in addr = {0};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (fd < 0 || connect(fd, (struct sockaddr *)&addr, sizeof addr) != 0) return -1;
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  struct epoll_event ev = {.events = EPOLLIN, .data.ptr = c};
  epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev);
  c->fd = fd;
  return 0;
}

static void send_request(conn *c) {
  c->head_len = 0;
  c->in_body = 0;
  c->chunked = 0;
  c->remaining = 0;
  c->chunk_state = 0;
  c->line_len = 0;
  c->status = 0;
  c->bytes = 0;
  c->start = now_ms();
  if (write(c->fd, request, request_len) != (ssize_t)request_len) c->status = -1;
}

/* Feeds received bytes to the parser; returns 1 when the response is complete. */
static int feed(conn *c, const char *p, size_t n) {
  c->bytes += n;
  while (n > 0) {
    if (!c->in_body) {
      size_t room = sizeof c->head - 1 - c->head_len;
      size_t take = n < room ? n : room;
      memcpy(c->head + c->head_len, p, take);
      c->head_len += take;
      c->head[c->head_len] = 0;
      char *end = strstr(c->head, "\r\n\r\n");
      if (!end) {
        if (take == room) return -1; /* headers too large */
        return 0;
      }
      size_t used = (size_t)(end + 4 - c->head) - (c->head_len - take);
      p += used;
      n -= used;
      c->in_body = 1;
      c->status = atoi(c->head + 9);
      *end = 0;
      char *cl = strcasestr(c->head, "\r\ncontent-length:");
      c->chunked = strcasestr(c->head, "\r\ntransfer-encoding: chunked") != NULL;
      c->remaining = cl ? atol(cl + 17) : 0;
      if (!c->chunked && c->remaining == 0) return 1;
      continue;
    }
    if (!c->chunked) {
      size_t take = (size_t)c->remaining < n ? (size_t)c->remaining : n;
      c->remaining -= take;
      p += take;
      n -= take;
      if (c->remaining == 0) return 1;
      continue;
    }
    if (c->chunk_state == 1) {
      size_t take = (size_t)c->remaining < n ? (size_t)c->remaining : n;
      c->remaining -= take;
      p += take;
      n -= take;
      if (c->remaining == 0) c->chunk_state = 2;
      continue;
    }
    /* size line, CRLF after data, or the final CRLF: read one line */
    char ch = *p++;
    n--;
    if (ch != '\n') {
      if (c->line_len < sizeof c->line - 1) c->line[c->line_len++] = ch;
      continue;
    }
    c->line[c->line_len] = 0;
    c->line_len = 0;
    if (c->chunk_state == 2) {
      c->chunk_state = 0;
    } else if (c->chunk_state == 0) {
      long size = strtol(c->line, NULL, 16);
      if (size == 0) c->chunk_state = 3;
      else {
        c->remaining = size;
        c->chunk_state = 1;
      }
    } else if (c->line[0] == '\r' || c->line[0] == 0) {
      return 1; /* end of trailers */
    }
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: loadgen <port> <connections> <seconds> <path>\n");
    return 2;
  }
  port = atoi(argv[1]);
  int count = atoi(argv[2]);
  double duration = atof(argv[3]) * 1e3;
  request_len = (size_t)snprintf(request, sizeof request, "GET %s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nUser-Agent: newsroom-bench\r\nAccept: text/html\r\n\r\n", argv[4], port);
  epfd = epoll_create1(0);
  conn *conns = calloc((size_t)count, sizeof(conn));
  size_t cap = 1 << 22, n_lat = 0;
  double *lat = malloc(cap * sizeof(double));
  long errors = 0, non2xx = 0, timeouts = 0, bytes = 0;
  static char buf[BUF];
  struct epoll_event events[256];

  /* Warm-up: every connection opened and one request answered on each, not measured. */
  for (int i = 0; i < count; i++) {
    if (open_conn(&conns[i]) != 0) {
      fprintf(stderr, "cannot connect to 127.0.0.1:%d\n", port);
      return 1;
    }
    send_request(&conns[i]);
  }
  int warm = 0;
  double warm_deadline = now_ms() + 30000;
  while (warm < count && now_ms() < warm_deadline) {
    int k = epoll_wait(epfd, events, 256, 100);
    for (int j = 0; j < k; j++) {
      conn *c = events[j].data.ptr;
      ssize_t r = read(c->fd, buf, BUF);
      if (r <= 0) {
        fprintf(stderr, "connection closed during warm-up\n");
        return 1;
      }
      if (feed(c, buf, (size_t)r) == 1) {
        warm++;
        c->start = -1; /* idle until the measured run starts */
      }
    }
  }
  if (warm < count) {
    fprintf(stderr, "warm-up did not finish\n");
    return 1;
  }

  double t0 = now_ms();
  for (int i = 0; i < count; i++) send_request(&conns[i]);
  for (;;) {
    double t = now_ms();
    if (t - t0 >= duration) break;
    int k = epoll_wait(epfd, events, 256, 50);
    for (int j = 0; j < k; j++) {
      conn *c = events[j].data.ptr;
      ssize_t r = read(c->fd, buf, BUF);
      int done = r > 0 ? feed(c, buf, (size_t)r) : -1;
      if (done == 0) continue;
      if (done < 0) {
        errors++;
        epoll_ctl(epfd, EPOLL_CTL_DEL, c->fd, NULL);
        close(c->fd);
        if (open_conn(c) != 0) return 1;
      } else {
        double end = now_ms();
        if (n_lat < cap) lat[n_lat++] = end - c->start;
        if (c->status < 200 || c->status > 399) non2xx++;
        bytes += c->bytes;
      }
      send_request(c);
    }
    /* A request unanswered for 2 s counts as a timeout and is retried on a new connection. */
    double checked = now_ms();
    for (int i = 0; i < count; i++) {
      if (checked - conns[i].start > TIMEOUT_MS) {
        timeouts++;
        epoll_ctl(epfd, EPOLL_CTL_DEL, conns[i].fd, NULL);
        close(conns[i].fd);
        if (open_conn(&conns[i]) != 0) return 1;
        send_request(&conns[i]);
      }
    }
  }
  double elapsed = (now_ms() - t0) / 1e3;
  qsort(lat, n_lat, sizeof(double), cmp);
#define PCT(q) (n_lat ? lat[(size_t)((double)(n_lat - 1) * (q))] : 0)
  printf("{\"requests\":%zu,\"rps\":%.1f,\"p50\":%.1f,\"p90\":%.1f,\"p99\":%.1f,\"max\":%.1f,\"errors\":%ld,\"non2xx\":%ld,\"timeouts\":%ld,\"bytesPerResponse\":%.0f}\n",
         n_lat, n_lat / elapsed, PCT(0.5), PCT(0.9), PCT(0.99), n_lat ? lat[n_lat - 1] : 0, errors, non2xx, timeouts, n_lat ? (double)bytes / n_lat : 0);
  return 0;
}
