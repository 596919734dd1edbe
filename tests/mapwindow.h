#pragma once
// The map editor as the GUI tests drive it: the view beside the property
// editor, over a new document.
#include "models/domain/projectdocument.h"
#include "widgets/map/mapeditor.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapview.h"
#include "widgets/map/propertyeditor.h"

#include <QHBoxLayout>
#include <QWidget>

namespace cc::test {

struct MapWindow {
    ProjectDocument *doc = nullptr;
    QWidget *window = nullptr; // owns the scene, view, property editor and map editor
    MapScene *scene = nullptr;
    MapView *view = nullptr;
    PropertyEditor *properties = nullptr;
    MapEditor *editor = nullptr;

    // Builds and shows the window (1000 x 700) over `project`.
    void open(const Project &project)
    {
        doc = new ProjectDocument;
        doc->reset(project, QString());
        window = new QWidget;
        auto *layout = new QHBoxLayout(window);
        scene = new MapScene(doc, window);
        view = new MapView(scene, window);
        properties = new PropertyEditor(doc, window);
        editor = new MapEditor(view, properties, window);
        layout->addWidget(view, 3);
        layout->addWidget(properties, 1);
        window->resize(1000, 700);
        window->show();
    }
    void close()
    {
        delete window;
        delete doc;
        *this = MapWindow{};
    }
};

} // namespace cc::test
