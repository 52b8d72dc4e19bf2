#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The RC Archiver authors
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway OpenSSH sshd on 127.0.0.1 for the SFTP tests and benchmark: its own host key,
# config, authorized_keys, pid file and log, all in one directory. Runs as root (CI) and as
# an ordinary user alike (then only that user can sign in, with keys).
#
#   sshd.sh start DIR [--port N] [--new-host-key] [--pam] [--sftp-file-limit KIB] [--sftp-log]
#       Starts sshd (reusing DIR's host key and port when it has them) and prints the port.
#       --pam                 UsePAM yes: keyboard-interactive and password sign-in (root only)
#       --sftp-file-limit KIB the sftp subsystem runs /usr/lib/openssh/sftp-server under
#                             `ulimit -f`, so writes past KIB KiB fail (EFBIG -> SSH_FX_FAILURE)
#       --sftp-log            the sftp subsystem runs /usr/lib/openssh/sftp-server, which logs
#                             each open, fsync and close (with the bytes written) to DIR/sftp.log
#       Otherwise the subsystem is internal-sftp, as in Debian's own sshd_config.
#   sshd.sh stop DIR          stops the listener and every session it started
#   sshd.sh kill DIR          SIGKILLs them all at once, like a crash or a power cut
#   sshd.sh pause|resume DIR  SIGSTOPs / SIGCONTs them all: a server that stops answering
#   sshd.sh adduser NAME PASSWORD HOME   a throwaway user with a password (root only)
#   sshd.sh deluser NAME
set -euo pipefail

sshd_bin=${SSHD:-/usr/sbin/sshd}
sftp_server=${SFTP_SERVER:-/usr/lib/openssh/sftp-server}

die() { echo "sshd.sh: $*" >&2; exit 1; }

free_port() {
    if command -v python3 >/dev/null; then
        python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
        return
    fi
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 40000))
        # Nobody listening there: the connection is refused.
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    die "found no free port"
}

# The listener's pid and every process below it, children first.
tree() {
    local pid=$1 child
    for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do
        tree "$child"
    done
    echo "$pid"
}

listener_pid() {
    local pidfile=$1/sshd.pid
    [ -s "$pidfile" ] || return 1
    local pid
    pid=$(cat "$pidfile")
    kill -0 "$pid" 2>/dev/null || return 1
    echo "$pid"
}

stop() { # DIR SIGNAL
    local dir=$1 signal=$2 pid pids
    pid=$(listener_pid "$dir") || return 0
    # Stop the listener first so that it cannot fork new sessions while they are killed.
    kill -STOP "$pid" 2>/dev/null || true
    pids=$(tree "$pid")
    # shellcheck disable=SC2086
    kill "-$signal" $pids 2>/dev/null || true
    kill -CONT "$pid" 2>/dev/null || true
    for _ in $(seq 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    rm -f "$dir/sshd.pid"
}

start() {
    local dir=$1; shift
    local port="" new_key=0 pam=0 file_limit="" sftp_log=0
    while [ $# -gt 0 ]; do
        case $1 in
        --port) port=$2; shift 2 ;;
        --new-host-key) new_key=1; shift ;;
        --pam) pam=1; shift ;;
        --sftp-file-limit) file_limit=$2; shift 2 ;;
        --sftp-log) sftp_log=1; shift ;;
        *) die "unknown option $1" ;;
        esac
    done
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    stop "$dir" TERM
    if [ $new_key = 1 ] || [ ! -s "$dir/host_ed25519_key" ]; then
        rm -f "$dir/host_ed25519_key" "$dir/host_ed25519_key.pub"
        ssh-keygen -q -t ed25519 -N '' -C rca-test-host -f "$dir/host_ed25519_key"
    fi
    touch "$dir/authorized_keys"
    # sshd reads authorized_keys as the signing-in user: readable by all (public keys only).
    chmod 644 "$dir/authorized_keys"
    chmod 600 "$dir/host_ed25519_key"
    if [ -z "$port" ] && [ -s "$dir/port" ]; then port=$(cat "$dir/port"); fi
    [ -n "$port" ] || port=$(free_port)
    echo "$port" >"$dir/port"

    local subsystem=internal-sftp
    if [ -n "$file_limit" ] || [ $sftp_log = 1 ]; then
        # With a file limit, ignoring SIGXFSZ makes a write past it fail with EFBIG instead of
        # killing sftp-server; the ignored disposition survives exec. The log is writable by
        # the test users too.
        local limit="" log=""
        [ -n "$file_limit" ] && limit="trap '' XFSZ; ulimit -f $((file_limit * 1024 / 512))"
        if [ $sftp_log = 1 ]; then
            touch "$dir/sftp.log"
            chmod 666 "$dir/sftp.log"
            log="-e -l VERBOSE 2>>'$dir/sftp.log'"
        fi
        cat >"$dir/sftp-subsystem" <<SH
#!/bin/sh
$limit
exec $sftp_server $log
SH
        chmod 755 "$dir/sftp-subsystem"
        subsystem=$dir/sftp-subsystem
    fi

    local root=0 use_pam=no password=no kbd=no
    [ "$(id -u)" = 0 ] && root=1
    if [ $pam = 1 ]; then
        [ $root = 1 ] || die "--pam needs root"
        use_pam=yes password=yes kbd=yes
    fi
    cat >"$dir/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $dir/host_ed25519_key
AuthorizedKeysFile $dir/authorized_keys
PidFile $dir/sshd.pid
StrictModes no
UsePAM $use_pam
PasswordAuthentication $password
KbdInteractiveAuthentication $kbd
PubkeyAuthentication yes
PermitRootLogin yes
PrintMotd no
PrintLastLog no
X11Forwarding no
AllowTcpForwarding no
MaxStartups 50
ClientAliveInterval 0
Subsystem sftp $subsystem
LogLevel VERBOSE
CONF
    if [ $root = 1 ]; then
        mkdir -p /run/sshd
        chmod 755 /run/sshd
    fi
    rm -f "$dir/sshd.pid"
    # -D keeps it from daemonising; the background job reparents to init when we exit.
    "$sshd_bin" -D -f "$dir/sshd_config" -E "$dir/sshd.log" </dev/null >/dev/null 2>&1 &
    local started=$!
    for _ in $(seq 200); do
        if [ -s "$dir/sshd.pid" ] && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
        kill -0 "$started" 2>/dev/null || break
        sleep 0.05
    done
    tail -n 20 "$dir/sshd.log" >&2 || true
    die "sshd did not start on port $port"
}

[ $# -ge 1 ] || die "usage: sshd.sh start|stop|kill|pause|resume DIR … | adduser NAME PASSWORD HOME | deluser NAME"
command=$1; shift
case $command in
start) [ $# -ge 1 ] || die "start needs DIR"; start "$@" ;;
stop) [ $# -ge 1 ] || die "stop needs DIR"; stop "$1" TERM ;;
kill) [ $# -ge 1 ] || die "kill needs DIR"; stop "$1" KILL ;;
pause | resume)
    [ $# -ge 1 ] || die "$command needs DIR"
    pid=$(listener_pid "$1") || die "sshd is not running in $1"
    signal=STOP; [ "$command" = resume ] && signal=CONT
    # shellcheck disable=SC2046
    kill "-$signal" $(tree "$pid")
    ;;
adduser)
    [ $# -eq 3 ] || die "adduser NAME PASSWORD HOME"
    [ "$(id -u)" = 0 ] || die "adduser needs root"
    # Test programs run side by side (ctest --parallel), and useradd, chpasswd and userdel
    # refuse to wait for another's lock on /etc/passwd: one at a time.
    exec 9>/run/rca-sshd-users.lock
    flock 9
    userdel -r "$1" >/dev/null 2>&1 || true
    useradd --home-dir "$3" --create-home --shell /bin/sh "$1"
    echo "$1:$2" | chpasswd
    ;;
deluser)
    [ $# -eq 1 ] || die "deluser NAME"
    exec 9>/run/rca-sshd-users.lock
    flock 9
    userdel -r "$1" >/dev/null 2>&1 || userdel "$1" >/dev/null 2>&1 || true
    ;;
*) die "unknown command $command" ;;
esac
