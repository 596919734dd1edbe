#include "models/analysis/backgroundrun.h"

#include <QtConcurrent/QtConcurrentRun>

namespace cc::analysis {

BackgroundRun::BackgroundRun(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &BackgroundRun::poll);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &BackgroundRun::done);
}

BackgroundRun::~BackgroundRun()
{
    cancel();
    m_watcher.waitForFinished();
}

bool BackgroundRun::start(std::function<void(RunControl &)> work)
{
    if (m_running)
        return false;
    m_control = std::make_shared<RunControl>();
    m_running = true;
    std::shared_ptr<RunControl> control = m_control;
    m_watcher.setFuture(QtConcurrent::run([control, work = std::move(work)] { work(*control); }));
    m_timer.start();
    emit progress(0, 0);
    return true;
}

void BackgroundRun::waitForFinished()
{
    m_watcher.waitForFinished();
    if (m_running)
        done();
}

void BackgroundRun::cancel()
{
    if (m_control)
        m_control->cancel();
}

void BackgroundRun::poll()
{
    if (m_control)
        emit progress(m_control->done(), m_control->total());
}

void BackgroundRun::done()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    poll();
    emit finished(!m_control->isCanceled());
}

} // namespace cc::analysis
