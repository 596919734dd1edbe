#include "widgets/map/propertyeditor.h"

#include "models/domain/labels.h"
#include "models/edit/edits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace cc {

PropertyEditor::PropertyEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    QFont f = m_header->font();
    f.setBold(true);
    m_header->setFont(f);
    layout->addWidget(m_header);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("propertyError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #B00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch();

    connect(document, &ProjectDocument::entityChanged, this,
            [this](EntityKind kind, EntityId id, ChangeKind change) {
                if (kind != m_kind || id != m_id || m_id == 0)
                    return;
                if (change == ChangeKind::Removed)
                    clear();
                else
                    reload();
            });
    connect(document, &ProjectDocument::projectReset, this, &PropertyEditor::clear);
    clear();
}

QString PropertyEditor::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void PropertyEditor::clear()
{
    m_id = 0;
    rebuild();
    m_header->setText(
        tr("Select a settlement, facility or road on the map to see its properties."));
}

void PropertyEditor::showEntity(EntityKind kind, EntityId id)
{
    m_kind = kind;
    m_id = id;
    rebuild();
    reload();
}

QLineEdit *PropertyEditor::addLine(const QString &label, const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    connect(edit, &QLineEdit::editingFinished, this, &PropertyEditor::apply);
    m_form->addRow(label, edit);
    return edit;
}

QComboBox *PropertyEditor::addCombo(const QString &label, const QString &objectName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    connect(combo, &QComboBox::activated, this, &PropertyEditor::apply);
    m_form->addRow(label, combo);
    return combo;
}

void PropertyEditor::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_name = m_nameEn = m_population = m_signedShare = m_beds = m_speed = m_lon = m_lat = nullptr;
    m_township = m_level = m_hospitalKind = m_roadClass = nullptr;
    m_flag = nullptr;
    m_error->hide();
    if (m_id == 0)
        return;

    m_name = addLine(tr("Name"), QStringLiteral("name"));
    if (m_kind != EntityKind::Road)
        m_nameEn = addLine(tr("English name"), QStringLiteral("nameEn"));
    switch (m_kind) {
    case EntityKind::Settlement:
        m_population = addLine(tr("Population"), QStringLiteral("population"));
        m_township = addCombo(tr("Township"), QStringLiteral("township"));
        m_signedShare =
            addLine(tr("Family-doctor signing share (0-1)"), QStringLiteral("signedShare"));
        m_flag = new QCheckBox(tr("Urban community"), this);
        connect(m_flag, &QCheckBox::clicked, this, &PropertyEditor::apply);
        m_form->addRow(QString(), m_flag);
        break;
    case EntityKind::Facility:
        m_level = addCombo(tr("Level"), QStringLiteral("level"));
        for (int i = 0; i < kFacilityLevelCount; ++i)
            m_level->addItem(levelName(static_cast<FacilityLevel>(i)), i);
        m_hospitalKind = addCombo(tr("Hospital kind"), QStringLiteral("hospitalKind"));
        for (int i = 0; i <= static_cast<int>(HospitalKind::MaternalChild); ++i)
            m_hospitalKind->addItem(hospitalKindName(static_cast<HospitalKind>(i)), i);
        m_beds = addLine(tr("Beds"), QStringLiteral("beds"));
        m_township = addCombo(tr("Township"), QStringLiteral("township"));
        m_flag = new QCheckBox(tr("Member of the county health alliance"), this);
        connect(m_flag, &QCheckBox::clicked, this, &PropertyEditor::apply);
        m_form->addRow(QString(), m_flag);
        break;
    case EntityKind::Road:
        m_roadClass = addCombo(tr("Class"), QStringLiteral("roadClass"));
        for (int i = 0; i < kRoadClassCount; ++i)
            m_roadClass->addItem(roadClassName(static_cast<RoadClass>(i)), i);
        m_speed = addLine(tr("Speed (km/h)"), QStringLiteral("speed"));
        break;
    default:
        break;
    }
    if (m_kind != EntityKind::Road) {
        m_lon = addLine(tr("Longitude (WGS 84)"), QStringLiteral("lon"));
        m_lat = addLine(tr("Latitude (WGS 84)"), QStringLiteral("lat"));
    }
}

void PropertyEditor::fillTownships(QComboBox *combo, EntityId current)
{
    combo->clear();
    combo->addItem(tr("(none)"), EntityId(0));
    for (const Township &t : m_document->project().townships)
        combo->addItem(t.name, t.id);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void PropertyEditor::reload()
{
    if (m_id == 0)
        return;
    m_loading = true;
    const Project &p = m_document->project();
    const QLocale locale;
    auto setPosition = [&](const LonLat &pos) {
        m_lon->setText(QString::number(pos.lon, 'f', 6));
        m_lat->setText(QString::number(pos.lat, 'f', 6));
    };
    switch (m_kind) {
    case EntityKind::Settlement: {
        const Settlement s = p.settlements.value(m_id);
        m_header->setText(tr("Settlement %1").arg(s.name));
        m_name->setText(s.name);
        m_nameEn->setText(s.nameEn);
        m_population->setText(QString::number(s.population));
        fillTownships(m_township, s.townshipId);
        m_signedShare->setText(QString::number(s.signedShare));
        m_flag->setChecked(s.urban);
        setPosition(s.position);
        break;
    }
    case EntityKind::Facility: {
        const Facility f = p.facilities.value(m_id);
        m_header->setText(tr("%1: %2").arg(levelName(f.level), f.name));
        m_name->setText(f.name);
        m_nameEn->setText(f.nameEn);
        m_level->setCurrentIndex(static_cast<int>(f.level));
        m_hospitalKind->setCurrentIndex(static_cast<int>(f.kind));
        m_hospitalKind->setEnabled(f.level == FacilityLevel::CountyHospital);
        m_beds->setText(QString::number(f.beds));
        fillTownships(m_township, f.townshipId);
        m_flag->setChecked(f.inAlliance);
        setPosition(f.position);
        break;
    }
    case EntityKind::Road: {
        const Road r = p.roads.value(m_id);
        m_header->setText(tr("%1: %2").arg(roadClassName(r.roadClass), r.name));
        m_name->setText(r.name);
        m_roadClass->setCurrentIndex(static_cast<int>(r.roadClass));
        m_speed->setText(QString::number(r.speedKmh));
        break;
    }
    default:
        break;
    }
    m_loading = false;
}

bool PropertyEditor::readNumber(QLineEdit *edit, const QString &what, double *value)
{
    bool ok = false;
    const QString text = edit->text().trimmed();
    *value = QLocale().toDouble(text, &ok);
    if (!ok)
        *value = QLocale::c().toDouble(text, &ok);
    if (!ok)
        showError(tr("%1: \"%2\" is not a number.").arg(what, text));
    return ok;
}

void PropertyEditor::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void PropertyEditor::apply()
{
    if (m_loading || m_id == 0)
        return;
    const Project &p = m_document->project();
    edit::EditResult result;
    double lon = 0, lat = 0;
    if (m_lon &&
        (!readNumber(m_lon, tr("Longitude"), &lon) || !readNumber(m_lat, tr("Latitude"), &lat)))
        return;
    switch (m_kind) {
    case EntityKind::Settlement: {
        Settlement s = p.settlements.value(m_id);
        double population = 0, share = 0;
        if (!readNumber(m_population, tr("Population"), &population) ||
            !readNumber(m_signedShare, tr("Signing share"), &share))
            return;
        if (population != std::floor(population)) {
            showError(tr("The population must be a whole number."));
            return;
        }
        s.name = m_name->text();
        s.nameEn = m_nameEn->text();
        s.population = static_cast<qint64>(std::clamp(population, -1e15, 1e15));
        s.townshipId = m_township->currentData().value<EntityId>();
        s.signedShare = share;
        s.urban = m_flag->isChecked();
        s.position = {lon, lat};
        result = edit::change(*m_document, s);
        break;
    }
    case EntityKind::Facility: {
        Facility f = p.facilities.value(m_id);
        double beds = 0;
        if (!readNumber(m_beds, tr("Beds"), &beds))
            return;
        f.name = m_name->text();
        f.nameEn = m_nameEn->text();
        f.level = static_cast<FacilityLevel>(m_level->currentData().toInt());
        f.kind = static_cast<HospitalKind>(m_hospitalKind->currentData().toInt());
        f.beds = static_cast<int>(std::clamp(beds, -1e9, 1e9));
        f.townshipId = m_township->currentData().value<EntityId>();
        f.inAlliance = m_flag->isChecked();
        f.position = {lon, lat};
        result = edit::change(*m_document, f);
        break;
    }
    case EntityKind::Road: {
        Road r = p.roads.value(m_id);
        double speed = 0;
        if (!readNumber(m_speed, tr("Speed"), &speed))
            return;
        const auto newClass = static_cast<RoadClass>(m_roadClass->currentData().toInt());
        // Changing the class moves the speed to the class's default unless the user typed one.
        if (newClass != r.roadClass && speed == r.speedKmh)
            speed = defaultSpeedKmh(newClass);
        r.name = m_name->text();
        r.roadClass = newClass;
        r.speedKmh = speed;
        result = edit::change(*m_document, r);
        break;
    }
    default:
        return;
    }
    showError(result ? QString() : result.error);
}

} // namespace cc
