#pragma once

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace cc::sim {

// A fixed set of threads for the phases of a full run: run(job) calls job(i)
// for i in [0, size()) (0 on the calling thread) and returns when all are done.
// Cheaper than starting threads for each of a run's few hundred phases.
class Workers {
public:
    explicit Workers(int size);
    ~Workers();
    Workers(const Workers &) = delete;
    Workers &operator=(const Workers &) = delete;

    int size() const { return m_size; }
    void run(const std::function<void(int)> &job);

private:
    void loop(int index);

    int m_size;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_wake, m_done;
    const std::function<void(int)> *m_job = nullptr;
    long long m_generation = 0;
    int m_pending = 0;
    bool m_stop = false;
};

} // namespace cc::sim
