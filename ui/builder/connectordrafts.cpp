#include "connectordrafts.h"

#include "wizardstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUuid>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {
constexpr int kFormat = 1;
constexpr qint64 kMaxBytes = 32 * 1024 * 1024;
} // namespace

QString ConnectorDrafts::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/connector-drafts"_s;
}

QStringList ConnectorDrafts::list()
{
    QStringList out;
    const QDir dir(directory());
    for (const QFileInfo &fi : dir.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Time))
        out << fi.absoluteFilePath();
    return out;
}

QString ConnectorDrafts::newPath()
{
    return directory() + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces) + u".json"_s;
}

QByteArray ConnectorDrafts::toBytes(const WizardState &state)
{
    QJsonObject mappings;
    for (auto it = state.mappings.begin(); it != state.mappings.end(); ++it) {
        QJsonArray list;
        for (const StoredMapping &m : it.value())
            list.append(QJsonObject{{u"suggestion"_s, m.suggestion.toJson()}, {u"status"_s, StoredMapping::statusName(m.status)}});
        mappings.insert(it.key(), list);
    }
    QJsonObject fixtures;
    for (auto it = state.fixtures.begin(); it != state.fixtures.end(); ++it)
        fixtures.insert(it.key(), it.value());
    // Never a secret: the spec names secrets only, and the fixtures were redacted when recorded.
    return QJsonDocument(QJsonObject{{u"format"_s, kFormat},
                                     {u"saved_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                     {u"page"_s, state.page},
                                     {u"spec"_s, state.spec},
                                     {u"fixtures"_s, fixtures},
                                     {u"mappings"_s, mappings}})
        .toJson();
}

bool ConnectorDrafts::fromBytes(const QByteArray &bytes, const QString &path, WizardState *state, QString *error)
{
    const QJsonObject draft = QJsonDocument::fromJson(bytes).object();
    if (draft.value("format"_L1).toInt() != kFormat || !draft.value("spec"_L1).isObject()) {
        *error = QCoreApplication::translate("Orion::ConnectorWizard", "%1 is not a connector draft.").arg(path);
        return false;
    }
    WizardState out;
    out.spec = draft.value("spec"_L1).toObject();
    const QJsonObject fixtures = draft.value("fixtures"_L1).toObject();
    for (auto it = fixtures.begin(); it != fixtures.end(); ++it)
        out.fixtures.insert(it.key(), it.value().toArray());
    const QJsonObject mappings = draft.value("mappings"_L1).toObject();
    for (auto it = mappings.begin(); it != mappings.end(); ++it) {
        StoredMappings list;
        for (const QJsonValue &v : it.value().toArray()) {
            StoredMapping m;
            QString ignored;
            if (!MappingSuggestion::fromJson(v.toObject().value("suggestion"_L1).toObject(), &m.suggestion, &ignored))
                continue;
            StoredMapping::statusFromName(v.toObject().value("status"_L1).toString(), &m.status);
            m.id = list.size() + 1;
            m.stream = it.key();
            list << m;
        }
        out.mappings.insert(it.key(), list);
    }
    out.page = std::max(0, draft.value("page"_L1).toInt());
    *state = std::move(out);
    return true;
}

void ConnectorDrafts::write(const QString &path, const QByteArray &bytes)
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(qApp);
        p->setMaxThreadCount(1);
        return p;
    }();
    (void)QtConcurrent::run(pool, [path, bytes] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile f(path);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(bytes);
            f.commit();
        }
    });
}

bool ConnectorDrafts::read(const QString &path, WizardState *state, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxBytes) {
        *error = QCoreApplication::translate("Orion::ConnectorWizard", "Cannot read the draft %1.").arg(path);
        return false;
    }
    return fromBytes(f.readAll(), path, state, error);
}

} // namespace Orion
