#pragma once

#include <atomic>
#include <functional>

namespace cc::analysis {

// Progress and cancellation shared by an analysis and whoever watches it. Every
// member is safe to call from any thread: workers call step() and poll
// isCanceled(); the GUI thread reads done()/total() and calls cancel().
class RunControl {
public:
    void setTotal(int total) { m_total.store(total); }
    int total() const { return m_total.load(); }
    int done() const { return m_done.load(); }
    void step()
    {
        const int done = m_done.fetch_add(1) + 1;
        if (m_observer)
            m_observer(done);
    }
    // Called on the worker thread after every step (tests cancel from here at a
    // known point); set before the run starts.
    void setStepObserver(std::function<void(int done)> observer)
    {
        m_observer = std::move(observer);
    }

    void cancel() { m_canceled.store(true); }
    bool isCanceled() const { return m_canceled.load(); }

private:
    std::atomic<int> m_total{0};
    std::atomic<int> m_done{0};
    std::atomic<bool> m_canceled{false};
    std::function<void(int)> m_observer;
};

} // namespace cc::analysis
