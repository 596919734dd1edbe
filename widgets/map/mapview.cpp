#include "widgets/map/mapview.h"

#include "widgets/map/mapscene.h"
#include "widgets/map/maptool.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <cmath>

namespace cc {

namespace {
constexpr double kZoomStep = 1.25;
constexpr double kMinPixelsPerMetre = 1e-5; // a province fits
constexpr double kMaxPixelsPerMetre = 2.0;  // a village street
} // namespace

MapView::MapView(MapScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontSavePainterState);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("County map"));
    setWhatsThis(tr("The county map. Wheel or +/- to zoom, drag to pan, 0 to fit the county."));
    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
        if (isVisible())
            zoomToFit();
    });
}

double MapView::pixelsPerMetre() const
{
    return transform().m11();
}

void MapView::zoomIn()
{
    zoomBy(kZoomStep);
}
void MapView::zoomOut()
{
    zoomBy(1 / kZoomStep);
}

void MapView::zoomToFit()
{
    fitInView(m_scene->contentRect(), Qt::KeepAspectRatio);
    m_followsFit = true;
    zoomChangedInternally();
}

void MapView::zoomBy(double factor)
{
    const double current = pixelsPerMetre();
    const double target = std::clamp(current * factor, kMinPixelsPerMetre, kMaxPixelsPerMetre);
    if (target == current)
        return;
    m_followsFit = false;
    scale(target / current, target / current);
    zoomChangedInternally();
}

void MapView::zoomChangedInternally()
{
    m_scene->setPixelsPerMetre(pixelsPerMetre());
    viewport()->update();
    emit zoomChanged(pixelsPerMetre());
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    zoomBy(std::pow(kZoomStep, steps));
    event->accept();
}

void MapView::setTool(MapTool *tool)
{
    if (tool == m_tool)
        return;
    if (m_tool)
        m_tool->deactivate();
    m_tool = tool;
    if (m_tool) {
        m_tool->activate();
        setDragMode(m_tool->usesRubberBand() ? QGraphicsView::RubberBandDrag
                                             : QGraphicsView::NoDrag);
        viewport()->setCursor(m_tool->cursor());
    } else {
        setDragMode(QGraphicsView::ScrollHandDrag);
        viewport()->unsetCursor();
    }
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton ||
        (event->button() == Qt::LeftButton && dragMode() == QGraphicsView::ScrollHandDrag))
        m_followsFit = false; // the user moved the map: keep it where it is
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_lastPanPos = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (m_tool && m_tool->mousePress(event, mapToScene(event->position().toPoint())))
        return;
    QGraphicsView::mousePressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_lastPanPos;
        m_lastPanPos = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        return;
    }
    if (m_tool && m_tool->mouseMove(event, mapToScene(event->position().toPoint())))
        return;
    QGraphicsView::mouseMoveEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        if (m_tool)
            viewport()->setCursor(m_tool->cursor());
        else
            viewport()->unsetCursor();
        return;
    }
    if (m_tool && m_tool->mouseRelease(event, mapToScene(event->position().toPoint())))
        return;
    QGraphicsView::mouseReleaseEvent(event);
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_tool && m_tool->mouseDoubleClick(event, mapToScene(event->position().toPoint())))
        return;
    QGraphicsView::mouseDoubleClickEvent(event);
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    if (m_tool && m_tool->keyPress(event))
        return;
    const int panStep = 60;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setTransformationAnchor(AnchorViewCenter);
        zoomIn();
        setTransformationAnchor(AnchorUnderMouse);
        return;
    case Qt::Key_Minus:
        setTransformationAnchor(AnchorViewCenter);
        zoomOut();
        setTransformationAnchor(AnchorUnderMouse);
        return;
    case Qt::Key_0:
    case Qt::Key_Home:
        zoomToFit();
        return;
    case Qt::Key_Left:
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - panStep);
        return;
    case Qt::Key_Right:
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + panStep);
        return;
    case Qt::Key_Up:
        verticalScrollBar()->setValue(verticalScrollBar()->value() - panStep);
        return;
    case Qt::Key_Down:
        verticalScrollBar()->setValue(verticalScrollBar()->value() + panStep);
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // Fitted maps stay fitted as the window and its docks settle or change.
    if ((!m_fittedOnce || m_followsFit) && isVisible()) {
        m_fittedOnce = true;
        zoomToFit();
    }
}

void MapView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (!m_fittedOnce) {
        m_fittedOnce = true;
        zoomToFit();
    }
}

void MapView::drawForeground(QPainter *painter, const QRectF &)
{
    painter->save();
    painter->resetTransform(); // draw in viewport pixels
    painter->setRenderHint(QPainter::Antialiasing);
    drawScaleBar(painter);
    drawNorthArrow(painter);
    painter->restore();
}

void MapView::drawScaleBar(QPainter *painter)
{
    const double ppm = pixelsPerMetre();
    if (ppm <= 0)
        return;
    // Longest "nice" length (1, 2 or 5 x 10^n metres) that fits in 140 px.
    const double maxMetres = 140.0 / ppm;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double metres = magnitude;
    for (double m : {5.0, 2.0, 1.0})
        if (m * magnitude <= maxMetres) {
            metres = m * magnitude;
            break;
        }
    const double px = metres * ppm;
    const QPointF origin(16, viewport()->height() - 22);
    const QString text = metres >= 1000 ? tr("%1 km").arg(metres / 1000) : tr("%1 m").arg(metres);

    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 200));
    painter->drawRoundedRect(QRectF(origin.x() - 8, origin.y() - 22, px + 16, 32), 4, 4);
    painter->setPen(QPen(Qt::black, 2));
    painter->drawLine(origin, origin + QPointF(px, 0));
    painter->drawLine(origin, origin + QPointF(0, -6));
    painter->drawLine(origin + QPointF(px, 0), origin + QPointF(px, -6));
    painter->drawText(QRectF(origin.x(), origin.y() - 22, px, 16), Qt::AlignCenter, text);
}

void MapView::drawNorthArrow(QPainter *painter)
{
    const QPointF top(viewport()->width() - 34, 18);
    const QPointF arrow[3] = {top, top + QPointF(10, 30), top + QPointF(-10, 30)};
    painter->setPen(QPen(Qt::black, 1.5));
    painter->setBrush(QColor(0x33, 0x33, 0x33));
    painter->drawPolygon(arrow, 3);
    painter->drawText(QRectF(top.x() - 12, top.y() + 30, 24, 18), Qt::AlignCenter, tr("N"));
}

} // namespace cc
