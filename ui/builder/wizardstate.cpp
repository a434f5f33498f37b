#include "wizardstate.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Orion {

QJsonObject WizardState::initialSpec()
{
    return {{u"spec_version"_s, 1}, {u"category"_s, u"custom"_s}, {u"authenticator"_s, QJsonObject{{u"type"_s, u"none"_s}}}};
}

QString WizardState::name() const
{
    return spec.value("name"_L1).toString();
}

QString WizardState::displayName() const
{
    return spec.value("display_name"_L1).toString();
}

QString WizardState::baseUrl() const
{
    return spec.value("base_url"_L1).toString();
}

QJsonObject WizardState::authenticator() const
{
    return spec.value("authenticator"_L1).toObject();
}

QString WizardState::authenticatorType() const
{
    return authenticator().value("type"_L1).toString(u"none"_s);
}

void WizardState::setAuthenticator(const QJsonObject &authenticator)
{
    spec.insert(u"authenticator"_s, authenticator);
}

bool WizardState::isEmpty() const
{
    return name().isEmpty() && baseUrl().isEmpty() && streams().isEmpty();
}

QList<QJsonObject> WizardState::streams() const
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : spec.value("streams"_L1).toArray())
        out << v.toObject();
    return out;
}

void WizardState::setStreams(const QList<QJsonObject> &list)
{
    QJsonArray a;
    for (const QJsonObject &o : list)
        a.append(o);
    spec.insert(u"streams"_s, a);
}

QJsonObject WizardState::stream(const QString &name) const
{
    for (const QJsonObject &s : streams())
        if (s.value("name"_L1).toString() == name)
            return s;
    return {};
}

void WizardState::setStream(const QString &name, const QJsonObject &stream)
{
    QList<QJsonObject> list = streams();
    for (QJsonObject &s : list)
        if (s.value("name"_L1).toString() == name)
            s = stream;
    setStreams(list);
}

QStringList WizardState::streamNames() const
{
    QStringList out;
    for (const QJsonObject &s : streams())
        out << s.value("name"_L1).toString();
    return out;
}

void WizardState::adoptImport(const QJsonObject &imported, const QJsonObject &importEvidence)
{
    for (const auto key : {"display_name"_L1, "name"_L1, "description"_L1, "base_url"_L1})
        if (spec.value(key).toString().isEmpty() && !imported.value(key).toString().isEmpty())
            spec.insert(key, imported.value(key));
    if (authenticatorType() == "none"_L1 && imported.contains("authenticator"_L1))
        spec.insert(u"authenticator"_s, imported.value("authenticator"_L1));
    // The settings the imported streams use ({{ config.region }}), beside those already there.
    QJsonArray settings = spec.value("settings"_L1).toArray();
    QStringList keys;
    for (const QJsonValue &v : std::as_const(settings))
        keys << v.toObject().value("key"_L1).toString();
    for (const QJsonValue &v : imported.value("settings"_L1).toArray())
        if (!keys.contains(v.toObject().value("key"_L1).toString())) {
            settings.append(v);
            keys << v.toObject().value("key"_L1).toString();
        }
    if (!settings.isEmpty())
        spec.insert(u"settings"_s, settings);
    QList<QJsonObject> list;
    for (const QJsonObject &s : streams())
        if (s.value("path"_L1).toString() != "/"_L1) // the untouched placeholder of "Add Stream"
            list << s;
    QStringList names;
    for (const QJsonObject &s : list)
        names << s.value("name"_L1).toString();
    for (const QJsonValue &v : imported.value("streams"_L1).toArray()) {
        QJsonObject s = v.toObject();
        const QString wanted = s.value("name"_L1).toString();
        QString name = wanted;
        for (int i = 2; names.contains(name); ++i)
            name = wanted + u'_' + QString::number(i);
        s.insert(u"name"_s, name);
        names << name;
        list << s;
        if (importEvidence.contains(wanted))
            evidence.insert(name, importEvidence.value(wanted).toObject());
    }
    setStreams(list);
}

QString WizardState::fingerprint(const QString &name) const
{
    QJsonObject s = stream(name);
    s.remove(u"mappings"_s);
    const QJsonObject key{{u"base_url"_s, spec.value("base_url"_L1)}, {u"authenticator"_s, spec.value("authenticator"_L1)}, {u"stream"_s, s}};
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(key).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1).toHex());
}

QJsonObject WizardState::fixture() const
{
    QJsonArray all;
    for (const QJsonObject &s : streams())
        for (const QJsonValue &v : fixtures.value(s.value("name"_L1).toString()))
            all.append(v);
    return QJsonObject{{u"format"_s, u"orion-cassette"_s}, {u"version"_s, 1}, {u"spec"_s, spec.value("name"_L1)}, {u"interactions"_s, all}};
}

} // namespace Orion
