#include "fakellm.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Orion::Fakes {

namespace {

FakeResponse anthropicError(int status, const QString &type, const QString &message)
{
    return FakeResponse::json(status,
                              QJsonObject{{u"type"_s, u"error"_s},
                                          {u"error"_s, QJsonObject{{u"type"_s, type}, {u"message"_s, message}}},
                                          {u"request_id"_s, u"req_fake"_s}});
}

FakeResponse openAiError(int status, const QString &message)
{
    return FakeResponse::json(
        status,
        QJsonObject{
            {u"error"_s,
             QJsonObject{{u"message"_s, message}, {u"type"_s, u"invalid_request_error"_s}, {u"param"_s, QJsonValue()}, {u"code"_s, QJsonValue()}}}});
}

QJsonObject promptOf(const QString &text)
{
    const qsizetype at = text.indexOf(u'{');
    return at < 0 ? QJsonObject() : QJsonDocument::fromJson(text.mid(at).toUtf8()).object();
}

} // namespace

FakeLlm::FakeLlm() = default;

void FakeLlm::setAnswers(const QHash<QString, QJsonObject> &answers)
{
    QMutexLocker locker(&m_mutex);
    m_answers = answers;
}

void FakeLlm::scriptNext(Script script, int times)
{
    QMutexLocker locker(&m_mutex);
    for (int i = 0; i < times; ++i)
        m_scripts.append(script);
}

QJsonObject FakeLlm::lastPrompt() const
{
    QMutexLocker locker(&m_mutex);
    return m_lastPrompt;
}

QStringList FakeLlm::lastTargets() const
{
    QStringList out;
    for (const QJsonValue &t : lastPrompt().value("target_fields"_L1).toArray())
        out << t.toObject().value("field"_L1).toString();
    return out;
}

FakeLlm::Script FakeLlm::takeScript()
{
    return m_scripts.isEmpty() ? Script::Normal : m_scripts.takeFirst();
}

QJsonArray FakeLlm::answerFor(const QJsonObject &prompt) const
{
    QJsonArray out;
    for (const QJsonValue &t : prompt.value("target_fields"_L1).toArray()) {
        const QString field = t.toObject().value("field"_L1).toString();
        const QJsonObject a = m_answers.value(field);
        out.append(QJsonObject{{u"target_field"_s, field},
                               {u"source_path"_s, a.contains("source_path"_L1) ? a.value("source_path"_L1) : QJsonValue()},
                               {u"transformation"_s, a.value("transformation"_L1).toString(u"none"_s)},
                               {u"confidence"_s, a.value("confidence"_L1).toDouble(0.1)},
                               {u"reasoning"_s, a.isEmpty() ? u"Nothing in the sample fits."_s : u"The values and the name fit."_s},
                               {u"alternatives"_s, QJsonArray()}});
    }
    return out;
}

FakeResponse FakeLlm::handle(const RecordedRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const Script script = takeScript();
    if (request.path == "/v1/messages"_L1) {
        if (request.header("x-api-key") != kKey)
            return anthropicError(401, u"authentication_error"_s, u"invalid x-api-key"_s);
        if (request.header("anthropic-version").isEmpty())
            return anthropicError(400, u"invalid_request_error"_s, u"anthropic-version header is required"_s);
        const QJsonArray tools = body.value("tools"_L1).toArray();
        const QString tool = tools.first().toObject().value("name"_L1).toString();
        static const QRegularExpression toolName(u"^[a-zA-Z0-9_-]{1,64}$"_s);
        if (body.value("model"_L1).toString().isEmpty() || !body.value("max_tokens"_L1).isDouble() || body.value("messages"_L1).toArray().isEmpty()
            || tools.size() != 1 || !toolName.match(tool).hasMatch() || !tools.first().toObject().value("input_schema"_L1).isObject()
            || body.value("tool_choice"_L1).toObject().value("type"_L1).toString() != "tool"_L1
            || body.value("tool_choice"_L1).toObject().value("name"_L1).toString() != tool)
            return anthropicError(400, u"invalid_request_error"_s, u"malformed request"_s);
        const QJsonObject prompt = promptOf(body.value("messages"_L1).toArray().first().toObject().value("content"_L1).toString());
        m_lastPrompt = prompt;
        QJsonArray suggestions = answerFor(prompt);
        if (script == Script::Invents) {
            suggestions.append(QJsonObject{{u"target_field"_s, u"favourite_colour"_s},
                                           {u"source_path"_s, u"colour"_s},
                                           {u"transformation"_s, u"none"_s},
                                           {u"confidence"_s, 0.9},
                                           {u"reasoning"_s, u"made up"_s},
                                           {u"alternatives"_s, QJsonArray()}});
            QJsonObject first = suggestions.first().toObject();
            first.insert(u"source_path"_s, u"does.not.exist"_s);
            suggestions.replace(0, first);
        }
        QJsonArray content;
        QString stop = u"tool_use"_s;
        const QJsonObject input{{u"suggestions"_s, suggestions}};
        switch (script) {
        case Script::Truncated:
            stop = u"max_tokens"_s;
            content.append(QJsonObject{{u"type"_s, u"tool_use"_s},
                                       {u"id"_s, u"toolu_fake"_s},
                                       {u"name"_s, tool},
                                       {u"input"_s, QJsonObject{{u"suggestions"_s, QJsonArray{suggestions.first()}}}}});
            break;
        case Script::Refusal: stop = u"refusal"_s; break;
        case Script::NoTool:
            stop = u"end_turn"_s;
            content.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u"Here is what I think: email maps to email."_s}});
            break;
        default: content.append(QJsonObject{{u"type"_s, u"tool_use"_s}, {u"id"_s, u"toolu_fake"_s}, {u"name"_s, tool}, {u"input"_s, input}});
        }
        return FakeResponse::json(
            200,
            QJsonObject{{u"id"_s, u"msg_fake"_s},
                        {u"type"_s, u"message"_s},
                        {u"role"_s, u"assistant"_s},
                        {u"model"_s, body.value("model"_L1)},
                        {u"content"_s, content},
                        {u"stop_reason"_s, stop},
                        {u"stop_sequence"_s, QJsonValue()},
                        {u"usage"_s,
                         QJsonObject{{u"input_tokens"_s, request.body.size() / 4}, {u"output_tokens"_s, QJsonDocument(input).toJson().size() / 4}}}});
    }
    if (request.path == "/v1/chat/completions"_L1) {
        if (request.header("authorization") != QByteArray("Bearer ") + kKey)
            return openAiError(401, u"Incorrect API key provided"_s);
        const QJsonObject format = body.value("response_format"_L1).toObject();
        if (format.value("type"_L1).toString() != "json_schema"_L1 || format.value("json_schema"_L1).toObject().value("name"_L1).toString().isEmpty()
            || !format.value("json_schema"_L1).toObject().value("schema"_L1).isObject() || body.value("messages"_L1).toArray().size() < 2)
            return openAiError(400, u"response_format json_schema with a name and a schema is required"_s);
        const QJsonObject prompt = promptOf(body.value("messages"_L1).toArray().at(1).toObject().value("content"_L1).toString());
        m_lastPrompt = prompt;
        QString content = QString::fromUtf8(QJsonDocument(QJsonObject{{u"suggestions"_s, answerFor(prompt)}}).toJson(QJsonDocument::Compact));
        QString finish = u"stop"_s;
        QJsonValue refusal;
        if (script == Script::Truncated) {
            content = content.left(content.size() / 2);
            finish = u"length"_s;
        } else if (script == Script::NotJson) {
            content = u"Sure! Here are the mappings: email → email"_s;
        } else if (script == Script::Refusal) {
            content.clear();
            refusal = u"I can't help with that."_s;
        }
        return FakeResponse::json(
            200,
            QJsonObject{
                {u"id"_s, u"chatcmpl-fake"_s},
                {u"object"_s, u"chat.completion"_s},
                {u"created"_s, 1700000000},
                {u"model"_s, body.value("model"_L1)},
                {u"choices"_s,
                 QJsonArray{QJsonObject{{u"index"_s, 0},
                                        {u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, content}, {u"refusal"_s, refusal}}},
                                        {u"finish_reason"_s, finish}}}},
                {u"usage"_s,
                 QJsonObject{{u"prompt_tokens"_s, request.body.size() / 4},
                             {u"completion_tokens"_s, content.size() / 4},
                             {u"total_tokens"_s, request.body.size() / 4 + content.size() / 4}}}});
    }
    return FakeResponse::json(404, QJsonObject{{u"error"_s, u"not found"_s}});
}

} // namespace Orion::Fakes
