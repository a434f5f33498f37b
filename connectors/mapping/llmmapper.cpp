#include "mapping/llmmapper.h"

#include "runtime/urlpolicy.h"

#include "runtime/httpclient.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Orion {

namespace LlmDetail {

// Field names that may hold credentials or personal secrets: never sent, whatever the settings.
bool sensitiveName(const QString &path)
{
    static const QRegularExpression re(
        u"(password|passwd|secret|token|api[_-]?key|apikey|private[_-]?key|credential|ssn|social[_-]?security|card[_-]?number|cvc|cvv|iban|bank[_-]?account|routing)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(path).hasMatch();
}

// Values that look like credentials even under an innocent name (sk_live_…, JWTs, long hex).
bool secretValue(const QString &v)
{
    static const QRegularExpression re(
        uR"(^(sk|rk|pk)_(live|test)_|^xox[abprs]-|^eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.|^[A-Fa-f0-9]{40,}$|^ghp_|^AKIA[0-9A-Z]{16}$)"_s);
    return re.match(v).hasMatch();
}

// The shape of a value without its content: letters → x/X, digits → 9, the rest kept.
QString mask(const QString &v)
{
    QString out;
    out.reserve(v.size());
    for (const QChar c : v)
        out += c.isDigit() ? u'9' : c.isUpper() ? u'X' : c.isLetter() ? u'x' : c;
    return out;
}

const char *kSystemPrompt = "You map fields of a business system's records to a unified schema for an integration tool. "
                            "For each target field you are asked about, pick the source field path that holds its value (or null when none "
                            "does), the transformation needed (none, split_name, format_phone, extract_email_domain, parse_address, "
                            "to_minor_units for decimal amounts, parse_datetime, map_enum for status words), an honest confidence from 0 to 1, "
                            "a one-sentence reason, and up to three alternatives. Use only source paths from the list given. Amounts in the "
                            "unified schema are integer minor units. Do not invent fields.";

QString prompt(MappingTarget target, const QJsonArray &source, const QStringList &targets, const MappingSuggestions &hints,
               const QString &documentation)
{
    QJsonArray targetList;
    for (const QString &name : targets) {
        const TargetField *f = findTargetField(target, name);
        targetList.append(QJsonObject{{u"field"_s, name}, {u"description"_s, f ? f->description : QString()}, {u"required"_s, f && f->required}});
    }
    QJsonArray hintList;
    for (const MappingSuggestion &h : hints) {
        if (!targets.contains(h.targetField))
            continue;
        // The local pick without its reasoning (which quotes sample values, masked or limited above).
        hintList.append(QJsonObject{{u"target_field"_s, h.targetField},
                                    {u"source_path"_s, h.isUnmapped() ? QJsonValue() : QJsonValue(h.sourcePath)},
                                    {u"transformation"_s, transformationName(h.transformation)},
                                    {u"confidence"_s, h.confidence}});
    }
    QJsonObject body{{u"unified_object"_s, mappingTargetName(target)},
                     {u"target_fields"_s, targetList},
                     {u"source_fields"_s, source},
                     {u"local_matcher_hints"_s, hintList}};
    if (!documentation.trimmed().isEmpty())
        body.insert(u"api_documentation_excerpt"_s, documentation.left(8000));
    return u"Map these fields. Input as JSON:\n"_s + QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

struct Attempted
{
    HttpResponse response;
    bool retry = false;
};

// One retry decision for both APIs: 429 unless it is a spend limit, 409, 500, 502, 503, 504, 529.
bool retryable(const HttpResponse &r)
{
    if (r.failure && r.status == 0)
        return r.failure.errorClass == ErrorClass::Transient;
    if (r.status == 429)
        return !r.body.contains("enforced_spend_limit") && !r.body.contains("insufficient_quota");
    return r.status == 409 || r.status == 500 || r.status == 502 || r.status == 503 || r.status == 504 || r.status == 529
        || (r.status >= 500 && r.body.contains("overloaded"));
}

QString errorText(const HttpResponse &r, const QString &service)
{
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QString message = o.value("error"_L1).toObject().value("message"_L1).toString();
    if (message.isEmpty())
        message = o.value("error"_L1).toString();
    const QString type = o.value("error"_L1).toObject().value("type"_L1).toString();
    if (r.status == 0)
        return u"%1 is unreachable: %2"_s.arg(service, r.failure.message);
    return u"%1 answered %2%3%4"_s.arg(service).arg(r.status).arg(type.isEmpty() ? QString() : u" "_s + type,
                                                                  message.isEmpty() ? QString() : u": "_s + message.left(300));
}

} // namespace LlmDetail

QString LlmSettings::providerName(Provider p)
{
    switch (p) {
    case Provider::Anthropic: return u"anthropic"_s;
    case Provider::OpenAi: return u"openai"_s;
    case Provider::None: break;
    }
    return u"none"_s;
}

bool LlmSettings::providerFromName(const QString &name, Provider *p)
{
    if (name == "anthropic"_L1)
        *p = Provider::Anthropic;
    else if (name == "openai"_L1)
        *p = Provider::OpenAi;
    else if (name == "none"_L1 || name == "local"_L1 || name.isEmpty())
        *p = Provider::None;
    else
        return false;
    return true;
}

LlmSettings LlmSettings::fromEnvironment()
{
    LlmSettings s;
    providerFromName(qEnvironmentVariable("ORION_LLM_PROVIDER"), &s.provider);
    s.baseUrl = QUrl(qEnvironmentVariable("ORION_LLM_BASE_URL"));
    s.model = qEnvironmentVariable("ORION_LLM_MODEL");
    s.apiKey = qEnvironmentVariable("ORION_LLM_API_KEY");
    if (s.apiKey.isEmpty())
        s.apiKey = qEnvironmentVariable(s.provider == Provider::Anthropic ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY");
    bool ok = false;
    const int rows = qEnvironmentVariableIntValue("ORION_LLM_MAX_ROWS", &ok);
    if (ok && rows >= 0)
        s.maxSampleRows = rows;
    s.maskValues = qEnvironmentVariable("ORION_LLM_MASK") == "1"_L1;
    const double in = qEnvironmentVariable("ORION_LLM_PRICE_IN").toDouble(&ok);
    if (ok)
        s.inputUsdPerMTok = in;
    const double outPrice = qEnvironmentVariable("ORION_LLM_PRICE_OUT").toDouble(&ok);
    if (ok)
        s.outputUsdPerMTok = outPrice;
    return s;
}

QUrl LlmSettings::endpoint() const
{
    QString base = baseUrl.isEmpty() ? (provider == Provider::Anthropic ? u"https://api.anthropic.com"_s : u"https://api.openai.com/v1"_s)
                                     : baseUrl.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    if (provider == Provider::Anthropic)
        return QUrl(base.endsWith("/v1"_L1) ? base + u"/messages"_s : base + u"/v1/messages"_s);
    return QUrl(base + u"/chat/completions"_s);
}

double LlmSettings::estimateUsd(qint64 inputTokens, qint64 outputTokens) const
{
    double in = inputUsdPerMTok, outPrice = outputUsdPerMTok;
    if (in < 0 || outPrice < 0) {
        // List prices (USD per million tokens) of the default models; others are not estimated.
        static const QHash<QString, std::pair<double, double>> prices{
            {u"claude-sonnet-4-5"_s, {3.0, 15.0}}, {u"claude-haiku-4-5"_s, {1.0, 5.0}}, {u"gpt-4o-mini"_s, {0.15, 0.6}}, {u"gpt-4o"_s, {2.5, 10.0}}};
        const auto it = prices.constFind(model);
        if (it == prices.cend())
            return baseUrl.host() == "localhost"_L1 || baseUrl.host() == "127.0.0.1"_L1 ? 0.0 : -1.0;
        in = in < 0 ? it->first : in;
        outPrice = outPrice < 0 ? it->second : outPrice;
    }
    return (double(inputTokens) * in + double(outputTokens) * outPrice) / 1e6;
}

QJsonArray LlmMapper::sourceForPrompt(const SourceFields &fields, const LlmSettings &settings)
{
    QJsonArray out;
    for (const SourceField &f : fields) {
        if (LlmDetail::sensitiveName(f.path))
            continue;
        QJsonArray samples;
        for (const QString &v : f.samples) {
            if (samples.size() >= settings.maxSampleRows)
                break;
            if (LlmDetail::secretValue(v))
                continue;
            samples.append(settings.maskValues ? LlmDetail::mask(v) : v.left(120));
        }
        out.append(
            QJsonObject{{u"path"_s, f.path}, {u"type"_s, f.type}, {u"samples"_s, samples}, {u"null_rate"_s, qRound(f.nullRate() * 100) / 100.0}});
    }
    return out;
}

QJsonObject LlmMapper::answerSchema(const QStringList &targets)
{
    const QJsonArray transformations = QJsonArray::fromStringList(transformationNames());
    const QJsonObject alternative{{u"type"_s, u"object"_s},
                                  {u"properties"_s,
                                   QJsonObject{{u"source_path"_s, QJsonObject{{u"type"_s, u"string"_s}}},
                                               {u"transformation"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"enum"_s, transformations}}},
                                               {u"confidence"_s, QJsonObject{{u"type"_s, u"number"_s}}}}},
                                  {u"required"_s, QJsonArray{u"source_path"_s, u"transformation"_s, u"confidence"_s}},
                                  {u"additionalProperties"_s, false}};
    const QJsonObject suggestion{
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject{{u"target_field"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"enum"_s, QJsonArray::fromStringList(targets)}}},
                     {u"source_path"_s, QJsonObject{{u"type"_s, QJsonArray{u"string"_s, u"null"_s}}}},
                     {u"transformation"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"enum"_s, transformations}}},
                     {u"confidence"_s, QJsonObject{{u"type"_s, u"number"_s}}},
                     {u"reasoning"_s, QJsonObject{{u"type"_s, u"string"_s}}},
                     {u"alternatives"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, alternative}}}}},
        {u"required"_s, QJsonArray{u"target_field"_s, u"source_path"_s, u"transformation"_s, u"confidence"_s, u"reasoning"_s, u"alternatives"_s}},
        {u"additionalProperties"_s, false}};
    return QJsonObject{{u"type"_s, u"object"_s},
                       {u"properties"_s, QJsonObject{{u"suggestions"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, suggestion}}}}},
                       {u"required"_s, QJsonArray{u"suggestions"_s}},
                       {u"additionalProperties"_s, false}};
}

bool LlmMapper::readAnswer(const QJsonObject &answer, const QStringList &targets, const SourceFields &fields, const QString &provider, Result *result,
                           QString *error)
{
    if (!answer.value("suggestions"_L1).isArray()) {
        *error = u"the model's answer has no \"suggestions\" list"_s;
        return false;
    }
    QSet<QString> paths;
    for (const SourceField &f : fields)
        paths.insert(f.path);
    QSet<QString> seen;
    const QJsonArray list = answer.value("suggestions"_L1).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject()) {
            *error = u"suggestions[%1] is not an object"_s.arg(i);
            return false;
        }
        MappingSuggestion s;
        QString why;
        if (!MappingSuggestion::fromJson(list.at(i).toObject(), &s, &why)) {
            *error = u"suggestions[%1].%2"_s.arg(i).arg(why);
            return false;
        }
        if (!targets.contains(s.targetField)) {
            result->dropped << u"%1: not a field that was asked for"_s.arg(s.targetField);
            continue;
        }
        if (seen.contains(s.targetField)) {
            result->dropped << u"%1: suggested twice (the first is kept)"_s.arg(s.targetField);
            continue;
        }
        if (!s.sourcePath.isEmpty() && !paths.contains(s.sourcePath)) {
            result->dropped << u"%1 ← %2: no such source field"_s.arg(s.targetField, s.sourcePath);
            continue;
        }
        s.alternatives.removeIf([&](const MappingAlternative &a) { return !paths.contains(a.sourcePath); });
        s.provider = provider;
        seen.insert(s.targetField);
        result->suggestions.append(s);
    }
    return true;
}

bool LlmMapper::suggest(const LlmSettings &settings, MappingTarget target, const SourceFields &fields, const QStringList &targets,
                        const MappingSuggestions &localHints, const QString &documentation, const std::atomic<bool> *cancel, Result *result,
                        QString *error)
{
    using namespace LlmDetail;
    if (!settings.isConfigured()) {
        *error = u"no LLM provider is configured"_s;
        return false;
    }
    if (!settings.baseUrl.isEmpty()) {
        if (const QString problem = UrlPolicy::checkServiceUrl(u"LLM base URL"_s, settings.baseUrl.toString()); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    const bool anthropic = settings.provider == LlmSettings::Provider::Anthropic;
    const QString service = anthropic ? u"Anthropic"_s : u"The LLM server"_s;
    if (anthropic && settings.apiKey.isEmpty()) {
        *error = u"the Anthropic API needs a key (keychain, ORION_LLM_API_KEY or ANTHROPIC_API_KEY)"_s;
        return false;
    }
    const QString model = !settings.model.isEmpty() ? settings.model : anthropic ? u"claude-sonnet-4-5"_s : u"gpt-4o-mini"_s;
    const QString userText = prompt(target, sourceForPrompt(fields, settings), targets, localHints, documentation);
    const QJsonObject schema = answerSchema(targets);
    QJsonObject body;
    HttpRequest request;
    request.method = "POST";
    request.url = settings.endpoint();
    request.authenticate = false;
    request.headers.append({QByteArray("content-type"), QByteArray("application/json")});
    if (anthropic) {
        request.headers.append({QByteArray("x-api-key"), settings.apiKey.toUtf8()});
        request.headers.append({QByteArray("anthropic-version"), QByteArray("2023-06-01")});
        body = QJsonObject{
            {u"model"_s, model},
            {u"max_tokens"_s, settings.maxTokens},
            {u"system"_s, QString::fromLatin1(kSystemPrompt)},
            {u"tools"_s,
             QJsonArray{QJsonObject{{u"name"_s, u"propose_mappings"_s},
                                    {u"description"_s, u"Return the mapping suggestions for the target fields."_s},
                                    {u"input_schema"_s, schema}}}},
            {u"tool_choice"_s, QJsonObject{{u"type"_s, u"tool"_s}, {u"name"_s, u"propose_mappings"_s}, {u"disable_parallel_tool_use"_s, true}}},
            {u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, userText}}}}};
    } else {
        if (!settings.apiKey.isEmpty())
            request.headers.append({QByteArray("authorization"), QByteArray("Bearer " + settings.apiKey.toUtf8())});
        body = QJsonObject{
            {u"model"_s, model},
            {u"temperature"_s, 0},
            {u"max_tokens"_s, settings.maxTokens},
            {u"messages"_s,
             QJsonArray{QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, QString::fromLatin1(kSystemPrompt)}},
                        QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, userText}}}},
            {u"response_format"_s,
             QJsonObject{{u"type"_s, u"json_schema"_s},
                         {u"json_schema"_s, QJsonObject{{u"name"_s, u"mapping_suggestions"_s}, {u"strict"_s, true}, {u"schema"_s, schema}}}}}};
    }
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);

    HttpClient::Options options;
    options.transferTimeout = std::chrono::milliseconds(settings.timeoutMs);
    options.retry.maxRetries = 0; // the retry decision below knows the LLM APIs' codes
    HttpClient http(options);
    http.setCancelFlag(cancel);
    http.redactor().addSecret(settings.apiKey);
    RetryPolicy backoff;
    HttpResponse response;
    for (int attempt = 1;; ++attempt) {
        response = http.send(request);
        result->attempts = attempt;
        if (http.isCancelled()) {
            *error = u"cancelled"_s;
            return false;
        }
        if (response.status >= 200 && response.status < 300)
            break;
        if (!retryable(response) || attempt >= std::max(1, settings.maxAttempts)) {
            *error = http.redactor().redact(errorText(response, service)) + (attempt > 1 ? u" (after %1 attempts)"_s.arg(attempt) : QString());
            return false;
        }
        const auto retryAfter = RetryPolicy::parseRetryAfter(response.header("retry-after"), QDateTime::currentDateTimeUtc());
        const qint64 wait = retryAfter ? std::min<qint64>(*retryAfter, backoff.maxRetryAfterMs)
                                       : backoff.backoffMs(attempt, QRandomGenerator::global()->generateDouble());
        if (!http.sleep(std::chrono::milliseconds(wait))) {
            *error = u"cancelled"_s;
            return false;
        }
    }
    QJsonParseError parseError;
    const QJsonObject reply = QJsonDocument::fromJson(response.body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"%1 sent a reply that is not JSON"_s.arg(service);
        return false;
    }
    QJsonObject answer;
    if (anthropic) {
        const QJsonObject usage = reply.value("usage"_L1).toObject();
        result->inputTokens = usage.value("input_tokens"_L1).toInteger();
        result->outputTokens = usage.value("output_tokens"_L1).toInteger();
        const QString stop = reply.value("stop_reason"_L1).toString();
        if (stop == "max_tokens"_L1) {
            *error = u"the model's answer was cut off at max_tokens (%1): nothing used"_s.arg(settings.maxTokens);
            return false;
        }
        if (stop == "refusal"_L1) {
            *error = u"the model refused to answer"_s;
            return false;
        }
        bool found = false;
        for (const QJsonValue &block : reply.value("content"_L1).toArray()) {
            const QJsonObject b = block.toObject();
            if (b.value("type"_L1).toString() == "tool_use"_L1 && b.value("name"_L1).toString() == "propose_mappings"_L1) {
                answer = b.value("input"_L1).toObject();
                found = true;
                break;
            }
        }
        if (!found) {
            *error = u"the model answered without using the propose_mappings tool (stop_reason %1)"_s.arg(stop.isEmpty() ? u"none"_s : stop);
            return false;
        }
    } else {
        const QJsonObject usage = reply.value("usage"_L1).toObject();
        result->inputTokens = usage.value("prompt_tokens"_L1).toInteger();
        result->outputTokens = usage.value("completion_tokens"_L1).toInteger();
        const QJsonObject choice = reply.value("choices"_L1).toArray().first().toObject();
        const QJsonObject message = choice.value("message"_L1).toObject();
        if (!message.value("refusal"_L1).isNull() && !message.value("refusal"_L1).isUndefined()) {
            *error = u"the model refused: %1"_s.arg(message.value("refusal"_L1).toString().left(200));
            return false;
        }
        if (choice.value("finish_reason"_L1).toString() == "length"_L1) {
            *error = u"the model's answer was cut off (finish_reason length): nothing used"_s;
            return false;
        }
        const QJsonDocument content = QJsonDocument::fromJson(message.value("content"_L1).toString().toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !content.isObject()) {
            *error = u"the model's answer is not the JSON object the schema asks for"_s;
            return false;
        }
        answer = content.object();
    }
    return readAnswer(answer, targets, fields, LlmSettings::providerName(settings.provider), result, error);
}

} // namespace Orion
