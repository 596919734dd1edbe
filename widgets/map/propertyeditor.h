#pragma once

#include "models/domain/projectdocument.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace cc {

// Shows the fields of the selected settlement, facility or road and edits them
// through undo commands. A value the model refuses (an empty name, a negative
// population, a share above 1) is shown with the reason below the form and
// not applied.
class PropertyEditor : public QWidget {
    Q_OBJECT
public:
    explicit PropertyEditor(ProjectDocument *document, QWidget *parent = nullptr);

    void showEntity(EntityKind kind, EntityId id);
    void clear();
    EntityKind kind() const { return m_kind; }
    EntityId entityId() const { return m_id; }
    QString errorText() const;

private:
    void rebuild();
    void reload();
    void apply();
    QLineEdit *addLine(const QString &label, const QString &objectName);
    QComboBox *addCombo(const QString &label, const QString &objectName);
    void fillTownships(QComboBox *combo, EntityId current);
    bool readNumber(QLineEdit *edit, const QString &what, double *value);
    void showError(const QString &error);

    ProjectDocument *m_document;
    EntityKind m_kind = EntityKind::Settlement;
    EntityId m_id = 0;
    bool m_loading = false;

    QLabel *m_header;
    QFormLayout *m_form;
    QLabel *m_error;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QLineEdit *m_population = nullptr;
    QLineEdit *m_signedShare = nullptr;
    QLineEdit *m_beds = nullptr;
    QLineEdit *m_speed = nullptr;
    QLineEdit *m_lon = nullptr;
    QLineEdit *m_lat = nullptr;
    QComboBox *m_township = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_hospitalKind = nullptr;
    QComboBox *m_roadClass = nullptr;
    QCheckBox *m_flag = nullptr; // urban (settlement) or in alliance (facility)
};

} // namespace cc
