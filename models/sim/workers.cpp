#include "models/sim/workers.h"

#include <algorithm>

namespace cc::sim {

Workers::Workers(int size) : m_size(std::max(1, size))
{
    for (int i = 1; i < m_size; ++i)
        m_threads.emplace_back([this, i] { loop(i); });
}

Workers::~Workers()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    for (std::thread &th : m_threads)
        th.join();
}

void Workers::run(const std::function<void(int)> &job)
{
    if (m_size == 1) {
        job(0);
        return;
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_job = &job;
        m_pending = m_size - 1;
        ++m_generation;
    }
    m_wake.notify_all();
    job(0);
    std::unique_lock<std::mutex> lock(m_mutex);
    m_done.wait(lock, [this] { return m_pending == 0; });
    m_job = nullptr;
}

void Workers::loop(int index)
{
    long long seen = 0;
    for (;;) {
        const std::function<void(int)> *job = nullptr;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stop || m_generation != seen; });
            if (m_stop)
                return;
            seen = m_generation;
            job = m_job;
        }
        (*job)(index);
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            --m_pending;
        }
        m_done.notify_one();
    }
}

} // namespace cc::sim
