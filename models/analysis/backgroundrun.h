#pragma once

#include "models/analysis/runcontrol.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace cc::analysis {

// Runs one analysis off the GUI thread and reports its progress: start() hands
// the work a RunControl, progress() follows it (polled, so workers never wait
// on the GUI), finished() says whether it ran to the end. The work writes its
// result wherever its closure points; read it in the finished() slot. The
// destructor cancels and waits, so the closure never outlives its owner.
class BackgroundRun : public QObject {
    Q_OBJECT
public:
    explicit BackgroundRun(QObject *parent = nullptr);
    ~BackgroundRun() override;

    bool isRunning() const { return m_running; }
    // Refused (false) while a run is going.
    bool start(std::function<void(RunControl &)> work);
    // Blocks until the current run (if any) ends; for tests and shutdown.
    void waitForFinished();

public slots:
    void cancel();

signals:
    void progress(int done, int total);
    // completed: the work ran to its end without being canceled.
    void finished(bool completed);

private:
    void poll();
    void done();

    std::shared_ptr<RunControl> m_control;
    QFutureWatcher<void> m_watcher;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace cc::analysis
