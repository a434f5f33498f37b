#include "importerlabels.h"

#include "adapters/declarative/specimporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace Orion::Test {

namespace {

// Only the keys a label gives are compared.
bool matches(const QJsonObject &actual, const QJsonObject &label)
{
    for (auto it = label.begin(); it != label.end(); ++it)
        if (actual.value(it.key()) != it.value())
            return false;
    return true;
}

} // namespace

QString importerCorpusDirectory()
{
    return QStringLiteral(ORION_SOURCE_DIR "/tests/data/openapi-corpus");
}

ImporterScore scoreImporter(int runs)
{
    ImporterScore score;
    QFile labelsFile(importerCorpusDirectory() + u"/labels.json"_s);
    if (!labelsFile.open(QIODevice::ReadOnly)) {
        score.failures << u"labels.json: %1"_s.arg(labelsFile.errorString());
        return score;
    }
    const QJsonArray fixtures = QJsonDocument::fromJson(labelsFile.readAll()).object().value("fixtures"_L1).toArray();
    for (const QJsonValue &v : fixtures) {
        const QJsonObject fixture = v.toObject();
        const QString file = fixture.value("file"_L1).toString();
        QFile f(importerCorpusDirectory() + u'/' + file);
        if (!f.open(QIODevice::ReadOnly)) {
            score.failures << u"%1: %2"_s.arg(file, f.errorString());
            continue;
        }
        const QByteArray bytes = f.readAll();
        ++score.descriptions;
        const bool hasList = fixture.value("list_get"_L1).toBool();
        score.withListGet += hasList ? 1 : 0;
        SpecImporter::Result result;
        QString error;
        bool ok = false;
        double best = std::numeric_limits<double>::max();
        for (int run = 0; run < std::max(1, runs); ++run) {
            result = {};
            error.clear();
            QElapsedTimer timer;
            timer.start();
            ok = SpecImporter::fromOpenApi(bytes, &result, &error);
            best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
        }
        if (best > score.slowestMs) {
            score.slowestMs = best;
            score.slowestFile = file;
        }
        if (bytes.size() > score.largestBytes) {
            score.largestBytes = bytes.size();
            score.largestMs = best;
        }
        if (!hasList) {
            if (ok)
                score.failures << u"%1: imported although it has no list GET"_s.arg(file);
            continue;
        }
        if (!ok) {
            score.failures << u"%1: %2"_s.arg(file, error);
            continue;
        }
        ++score.imported;
        // Streams by the description's own path (the evidence keeps it).
        QHash<QString, QJsonObject> byPath;
        for (const QJsonValue &s : result.spec.value("streams"_L1).toArray()) {
            const QJsonObject stream = s.toObject();
            byPath.insert(result.evidence.value(stream.value("name"_L1).toString()).toObject().value("path"_L1).toString(), stream);
        }
        for (const QJsonValue &e : fixture.value("endpoints"_L1).toArray()) {
            const QJsonObject label = e.toObject();
            const QString path = label.value("path"_L1).toString();
            ++score.labelled;
            if (!byPath.contains(path)) {
                score.misses << u"%1 %2: no stream"_s.arg(file, path);
                continue;
            }
            const QJsonObject stream = byPath.value(path);
            const QString selector = stream.value("record_selector"_L1).toObject().value("path"_L1).toString();
            if (selector == label.value("selector"_L1).toString())
                ++score.selectorRight;
            else
                score.misses << u"%1 %2: records at \"%3\", not \"%4\""_s.arg(file, path, selector, label.value("selector"_L1).toString());
            const QJsonObject paginator = stream.value("paginator"_L1).toObject();
            QJsonArray alternatives = label.value("paginator_any"_L1).toArray();
            if (label.contains("paginator"_L1))
                alternatives.append(label.value("paginator"_L1));
            bool right = false;
            for (const QJsonValue &a : std::as_const(alternatives))
                right = right || matches(paginator, a.toObject());
            if (right)
                ++score.paginatorRight;
            else
                score.misses << u"%1 %2: paginator %3"_s.arg(file, path, QString::fromUtf8(QJsonDocument(paginator).toJson(QJsonDocument::Compact)));
        }
    }
    return score;
}

} // namespace Orion::Test
