#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a plugin executable with limits, with `posix_spawn` and `poll`: its standard input is
/// written from a buffer while its standard output is read, up to a size limit; after a timeout
/// its whole process group (the plugin and anything it started) is stopped, first with SIGTERM
/// and then SIGKILL; its standard error is passed through to Regimen's (or, for tools such as
/// git, discarded or read with its output).
struct PluginProcess {
    struct Limits: Sendable {
        /// Seconds the plugin may run.
        var timeout: Double
        /// Bytes the plugin may write to standard output.
        var maxOutput: Int
    }

    enum Outcome {
        case finished(status: Int32, output: [UInt8])
        /// Killed by a signal (not by Regimen's timeout or output limit).
        case killed(signal: Int32)
        case timedOut
        case outputTooLarge
        case couldNotStart(String)
    }

    /// Where the process's standard error goes.
    enum ErrorOutput {
        /// To Regimen's own standard error (plugins' messages reach the user).
        case passedThrough
        /// Nowhere.
        case discarded
        /// Into the standard output read back, after what the process printed there.
        case mergedIntoOutput
    }

    let executable: String
    let arguments: [String]
    let limits: Limits
    var errorOutput: ErrorOutput = .passedThrough

    func run(input: [UInt8]) -> Outcome {
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        guard pipe(&toChild) == 0 else { return .couldNotStart(String(cString: strerror(errno))) }
        guard pipe(&fromChild) == 0 else {
            close(toChild[0]); close(toChild[1])
            return .couldNotStart(String(cString: strerror(errno)))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        switch errorOutput {
        case .passedThrough: break
        case .discarded: posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        case .mergedIntoOutput: posix_spawn_file_actions_adddup2(&actions, fromChild[1], 2)
        }
        for descriptor in toChild + fromChild { posix_spawn_file_actions_addclose(&actions, descriptor) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A process group of its own, so a timeout stops everything the plugin started.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        // Regimen ignores SIGXFSZ; an ignored signal would stay ignored in the plugin.
        sigaddset(&defaults, SIGXFSZ)
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        close(toChild[0])
        close(fromChild[1])
        guard spawned == 0 else {
            close(toChild[1]); close(fromChild[0])
            return .couldNotStart(String(cString: strerror(spawned)))
        }
        return supervise(pid: pid, input: input, stdin: toChild[1], stdout: fromChild[0])
    }

    private func supervise(pid: pid_t, input: [UInt8], stdin: Int32, stdout: Int32) -> Outcome {
        var writeEnd: Int32? = stdin
        var readEnd: Int32? = stdout
        _ = fcntl(stdin, F_SETFL, fcntl(stdin, F_GETFL) | O_NONBLOCK)
        if input.isEmpty, let end = writeEnd { close(end); writeEnd = nil }
        var written = 0
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var status: Termination?
        let deadline = Clock.now() + limits.timeout
        defer {
            if let end = writeEnd { close(end) }
            if let end = readEnd { close(end) }
        }
        while true {
            if status == nil { status = reap(pid, block: false) }
            if let ended = status, readEnd == nil {
                switch ended {
                case .exited(let code): return .finished(status: code, output: output)
                case .signaled(let signal): return .killed(signal: signal)
                }
            }
            if Clock.now() >= deadline {
                stop(pid, status: status)
                return .timedOut
            }
            var descriptors: [pollfd] = []
            if let end = readEnd { descriptors.append(pollfd(fd: end, events: Int16(POLLIN), revents: 0)) }
            if let end = writeEnd { descriptors.append(pollfd(fd: end, events: Int16(POLLOUT), revents: 0)) }
            if descriptors.isEmpty {
                // Output is closed but the plugin has not exited yet: wait for it a little.
                usleep(5_000)
                continue
            }
            let ready = poll(&descriptors, nfds_t(descriptors.count), 50)
            if ready < 0, errno != EINTR { break }
            for descriptor in descriptors where descriptor.revents != 0 {
                if descriptor.fd == readEnd {
                    let count = buffer.withUnsafeMutableBytes { systemRead(descriptor.fd, $0.baseAddress, $0.count) }
                    if count > 0 {
                        guard output.count + count <= limits.maxOutput else {
                            stop(pid, status: status)
                            return .outputTooLarge
                        }
                        output += buffer[0..<count]
                    } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                        close(descriptor.fd)
                        readEnd = nil
                    }
                } else if descriptor.fd == writeEnd {
                    let chunk = min(64 * 1024, input.count - written)
                    let count = input.withUnsafeBytes { systemWrite(descriptor.fd, $0.baseAddress! + written, chunk) }
                    if count > 0 { written += count }
                    // Done, or the plugin closed its input (EPIPE): either way, stop writing.
                    if written == input.count || (count < 0 && errno != EAGAIN && errno != EINTR) {
                        close(descriptor.fd)
                        writeEnd = nil
                    }
                }
            }
        }
        stop(pid, status: status)
        return .couldNotStart("polling the plugin failed: \(String(cString: strerror(errno)))")
    }

    /// How a process ended.
    enum Termination {
        case exited(Int32)
        case signaled(Int32)
    }

    /// How the process ended, once it has, or `nil`.
    private func reap(_ pid: pid_t, block: Bool) -> Termination? {
        var raw: Int32 = 0
        let result = waitpid(pid, &raw, block ? 0 : WNOHANG)
        guard result == pid else { return result < 0 ? .exited(1) : nil }
        let signal = raw & 0x7F
        return signal == 0 ? .exited((raw >> 8) & 0xFF) : .signaled(signal)
    }

    /// SIGTERM to the plugin's process group, then SIGKILL if it has not ended within a second.
    private func stop(_ pid: pid_t, status: Termination?) {
        kill(-pid, SIGTERM)
        guard status == nil else {
            kill(-pid, SIGKILL)
            return
        }
        let grace = Clock.now() + 1
        while Clock.now() < grace {
            if reap(pid, block: false) != nil {
                kill(-pid, SIGKILL)
                return
            }
            usleep(10_000)
        }
        kill(-pid, SIGKILL)
        _ = reap(pid, block: true)
    }
}

/// Monotonic seconds.
enum Clock {
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// Signal names, for messages: "killed by signal 11 (SIGSEGV)".
enum SignalName {
    static func of(_ signal: Int32) -> String? {
        let names: [(Int32, String)] = [
            (SIGHUP, "SIGHUP"), (SIGINT, "SIGINT"), (SIGQUIT, "SIGQUIT"), (SIGILL, "SIGILL"), (SIGTRAP, "SIGTRAP"),
            (SIGABRT, "SIGABRT"), (SIGBUS, "SIGBUS"), (SIGFPE, "SIGFPE"), (SIGKILL, "SIGKILL"), (SIGUSR1, "SIGUSR1"),
            (SIGSEGV, "SIGSEGV"), (SIGUSR2, "SIGUSR2"), (SIGPIPE, "SIGPIPE"), (SIGALRM, "SIGALRM"), (SIGTERM, "SIGTERM"),
            (SIGXCPU, "SIGXCPU"), (SIGXFSZ, "SIGXFSZ"), (SIGSYS, "SIGSYS"),
        ]
        return names.first { $0.0 == signal }?.1
    }

    /// `signal 11 (SIGSEGV)`.
    static func describe(_ signal: Int32) -> String {
        of(signal).map { "signal \(signal) (\($0))" } ?? "signal \(signal)"
    }
}
