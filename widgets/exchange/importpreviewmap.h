#pragma once

#include "models/exchange/importresult.h"

#include <QRectF>
#include <QWidget>

namespace cc {

// The import dialog's map: what the project has (boundary, roads, places, in
// grey) and what the import would add (in colour), before anything is applied.
// The view fits both, so data read in the wrong coordinate system shows as a
// cluster far from the county, or off its roads by the few hundred metres of
// GCJ-02.
class ImportPreviewMap : public QWidget {
    Q_OBJECT
public:
    explicit ImportPreviewMap(QWidget *parent = nullptr);

    void setProject(const Project &project);
    void setResult(const exchange::ImportResult &result);

    // Items of the import drawn (points, road lines, boundary polygons).
    int previewItemCount() const { return m_itemCount; }
    // Extent of the import in degrees (x longitude, y latitude); null when none.
    QRectF importBounds() const { return m_importBounds; }
    QSize sizeHint() const override { return {360, 300}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Project m_project;
    exchange::ImportResult m_result;
    QRectF m_projectBounds;
    QRectF m_importBounds;
    int m_itemCount = 0;
};

} // namespace cc
