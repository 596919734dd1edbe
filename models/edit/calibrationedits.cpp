#include "models/edit/calibrationedits.h"

#include "models/domain/validation.h"

#include <QCoreApplication>

namespace cc::edit {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(cc::edit::CalibrationEdits)
};
EditResult refused(const QString &error)
{
    return EditResult{false, error, 0};
}
} // namespace

EditResult applyCalibration(ProjectDocument &doc, const analysis::CalibrationFit &fit)
{
    if (doc.isReadOnly())
        return refused(Text::tr("The project is open read-only."));
    if (!fit.completed)
        return refused(Text::tr("The calibration did not finish; there is nothing to apply."));
    const Project &project = doc.project();
    ModelSettings settings = project.settings;
    fit.targets.writeTo(settings);
    settings[SettingKey::ClaimsScale] = fit.settings[SettingKey::ClaimsScale];
    if (QString error = validate(settings); !error.isEmpty())
        return refused(error);
    // Validate everything before the first push: all or nothing.
    QVector<ServiceLine> changed;
    for (const ServiceLine &fitted : fit.lines) {
        const auto it = project.serviceLines.constFind(fitted.id);
        if (it == project.serviceLines.cend())
            return refused(Text::tr("The service line \"%1\" was removed after the calibration "
                                    "ran. Calibrate again.")
                               .arg(fitted.name));
        ServiceLine line = *it;
        line.asc = fitted.asc;
        if (QString error = validateEntity(line, project); !error.isEmpty())
            return refused(error);
        if (line != *it)
            changed.append(line);
    }
    if (settings == project.settings && changed.isEmpty())
        return EditResult{true, {}, 0};
    MacroScope macro(doc, Text::tr("Calibrate to the county's indicators"));
    if (EditResult r = setSettings(doc, settings); !r)
        return r;
    for (const ServiceLine &line : changed)
        if (EditResult r = change(doc, line); !r)
            return r;
    return EditResult{true, {}, 0};
}

} // namespace cc::edit
