// LLM mapping against local fakes of the Anthropic Messages API and an OpenAI-compatible server:
// the forced tool and json_schema requests, validation of answers (unknown fields and paths
// dropped), retries (429 with Retry-After, 529 overloaded; never on a spend limit), truncated,
// refused and malformed output as errors, hybrid mode asking only about ambiguous fields, tokens and
// cost, no secrets and no more sample values than allowed in the prompt, and `orion map --provider`.
#include "fakellm.h"
#include "testsupport.h"

#include "mapping/mappingengine.h"
#include "mapping/sourceprofile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Orion;
using Orion::Fakes::FakeLlm;

class TstLlmMapping : public QObject
{
    Q_OBJECT
    FakeLlm m_llm;
    QTemporaryDir m_dir;
    QList<QJsonObject> m_records;
    SourceFields m_fields;

    LlmSettings settings(LlmSettings::Provider provider) const
    {
        LlmSettings s;
        s.provider = provider;
        s.baseUrl = provider == LlmSettings::Provider::OpenAi ? QUrl(m_llm.baseUrl().toString() + u"/v1"_s) : m_llm.baseUrl();
        s.apiKey = QString::fromLatin1(FakeLlm::kKey);
        s.model = provider == LlmSettings::Provider::Anthropic ? u"claude-sonnet-4-5"_s : u"qwen2.5:7b"_s;
        s.maxSampleRows = 2;
        return s;
    }

    MappingRun run(const LlmSettings &s, MappingRun::Mode mode, bool expectOk, QString *error = nullptr)
    {
        MappingRun r;
        QString e;
        const bool ok = MappingEngine::run(m_fields, MappingTarget::Customer, QString(), mode, s, nullptr, &r, &e);
        if (ok != expectOk)
            qWarning("unexpected outcome: %s", qPrintable(e));
        if (error)
            *error = e;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_llm.start());
        for (QJsonObject r : Test::mappingSample(u"stripe-customer.json"_s)) {
            // Secrets that must never reach the model.
            r.insert(u"api_key"_s, u"sk_live_51Hx0000secretvalue"_s);
            r.insert(u"note"_s, u"sk_live_51Hx0000secretvalue"_s);
            m_records << r;
        }
        m_fields = SourceProfile::profile(m_records);
        m_llm.setAnswers({{u"email"_s, QJsonObject{{u"source_path"_s, u"email"_s}, {u"confidence"_s, 0.97}}},
                          {u"company"_s, QJsonObject{{u"source_path"_s, u"description"_s}, {u"confidence"_s, 0.4}}},
                          {u"updated_at"_s, QJsonObject{{u"source_path"_s, QJsonValue()}, {u"confidence"_s, 0.2}}}});
    }

    void anthropicForcedTool()
    {
        m_llm.clearRequests();
        const MappingRun r = run(settings(LlmSettings::Provider::Anthropic), MappingRun::Mode::Llm, true);
        QCOMPARE(m_llm.requestCount(u"/v1/messages"_s), 1);
        QCOMPARE(r.llmFields, int(targetFields(MappingTarget::Customer).size()));
        QCOMPARE(m_llm.lastTargets().size(), r.llmFields);
        const MappingSuggestion *email = nullptr, *company = nullptr;
        for (const MappingSuggestion &s : r.suggestions) {
            if (s.targetField == "email"_L1)
                email = &s;
            if (s.targetField == "company"_L1)
                company = &s;
        }
        QVERIFY(email && company);
        QCOMPARE(email->provider, u"anthropic"_s);
        QCOMPARE(email->confidence, 0.97);
        QCOMPARE(company->sourcePath, u"description"_s);
        QVERIFY(r.inputTokens > 0 && r.outputTokens > 0);
        QVERIFY(r.estimatedUsd > 0); // claude-sonnet-4-5's list price
        // The request: the key only in its header; no secret field or value; at most 2 samples a field.
        const auto request = m_llm.requests().last();
        QCOMPARE(request.header("x-api-key"), QByteArray(FakeLlm::kKey));
        QCOMPARE(request.header("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(!request.body.contains(FakeLlm::kKey));
        QVERIFY(!request.body.contains("sk_live_51Hx0000secretvalue"));
        QVERIFY(!request.body.contains("api_key"));
        for (const QJsonValue &f : m_llm.lastPrompt().value("source_fields"_L1).toArray())
            QVERIFY(f.toObject().value("samples"_L1).toArray().size() <= 2);
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value("tool_choice"_L1).toObject().value("name"_L1).toString(), u"propose_mappings"_s);
    }

    void maskedValues()
    {
        LlmSettings s = settings(LlmSettings::Provider::Anthropic);
        s.maskValues = true;
        run(s, MappingRun::Mode::Llm, true);
        const QByteArray body = m_llm.requests().last().body;
        QVERIFY(!body.contains("jennyrosen@example.com"));
        QVERIFY(body.contains("xxxxxxxxxx@xxxxxxx.xxx")); // the shape of the e-mail address
    }

    void openAiJsonSchema()
    {
        const MappingRun r = run(settings(LlmSettings::Provider::OpenAi), MappingRun::Mode::Llm, true);
        const auto request = m_llm.requests().last();
        QCOMPARE(request.path, u"/v1/chat/completions"_s);
        QCOMPARE(request.header("authorization"), QByteArray("Bearer ") + FakeLlm::kKey);
        const QJsonObject format = QJsonDocument::fromJson(request.body).object().value("response_format"_L1).toObject();
        QCOMPARE(format.value("json_schema"_L1).toObject().value("strict"_L1).toBool(), true);
        bool found = false;
        for (const MappingSuggestion &s : r.suggestions)
            found = found || (s.targetField == "email"_L1 && s.provider == "openai"_L1);
        QVERIFY(found);
        QCOMPARE(r.estimatedUsd, 0.0); // a model on this machine (Ollama, llama.cpp) costs nothing
        LlmSettings remote = settings(LlmSettings::Provider::OpenAi);
        remote.baseUrl = QUrl(u"https://llm.example.net/v1"_s);
        QCOMPARE(remote.estimateUsd(1000, 1000), -1.0); // an unknown remote model's price is not guessed
        remote.model = u"gpt-4o-mini"_s;
        QCOMPARE(remote.estimateUsd(1'000'000, 1'000'000), 0.75);
    }

    // Hybrid: the local matcher decides the clear cases; only the rest is sent.
    void hybridAsksOnlyAmbiguousFields()
    {
        m_llm.clearRequests();
        const MappingRun local = run(settings(LlmSettings::Provider::Anthropic), MappingRun::Mode::Local, true);
        QStringList ambiguous;
        for (const MappingSuggestion &s : local.suggestions)
            if (s.confidence < MappingEngine::kHybridThreshold)
                ambiguous << s.targetField;
        QVERIFY(!ambiguous.isEmpty());
        QVERIFY(ambiguous.size() < local.suggestions.size());
        QCOMPARE(m_llm.requestCount(), 0);
        const MappingRun hybrid = run(settings(LlmSettings::Provider::Anthropic), MappingRun::Mode::Hybrid, true);
        QCOMPARE(m_llm.requestCount(), 1);
        QCOMPARE(m_llm.lastTargets(), ambiguous);
        QCOMPARE(hybrid.llmFields, ambiguous.size());
        for (qsizetype i = 0; i < local.suggestions.size(); ++i) {
            if (!ambiguous.contains(local.suggestions.at(i).targetField))
                QCOMPARE(hybrid.suggestions.at(i), local.suggestions.at(i)); // clear cases untouched
            else
                QCOMPARE(hybrid.suggestions.at(i).provider, u"anthropic"_s);
        }
    }

    void inventedFieldsAndPathsAreDropped()
    {
        m_llm.scriptNext(FakeLlm::Script::Invents);
        const MappingRun r = run(settings(LlmSettings::Provider::Anthropic), MappingRun::Mode::Llm, true);
        QCOMPARE(r.dropped.size(), 2);
        QVERIFY(r.dropped.join(u'\n').contains(u"favourite_colour"_s));
        QVERIFY(r.dropped.join(u'\n').contains(u"does.not.exist"_s));
        for (const MappingSuggestion &s : r.suggestions)
            QVERIFY(s.targetField != "favourite_colour"_L1 && s.sourcePath != "does.not.exist"_L1);
    }

    void retries()
    {
        using Orion::Fakes::Fault;
        // 429 with Retry-After, then success.
        m_llm.clearRequests();
        m_llm.injectFault(Fault{u"/v1/messages"_s,
                                429,
                                R"({"type":"error","error":{"type":"rate_limit_error","message":"slow down"}})",
                                {{"retry-after", "1"}},
                                0,
                                false,
                                1});
        QElapsedTimer t;
        t.start();
        run(settings(LlmSettings::Provider::Anthropic), MappingRun::Mode::Llm, true);
        QCOMPARE(m_llm.requestCount(), 2);
        QVERIFY(t.elapsed() >= 900); // Retry-After honoured
        // 529 overloaded twice, then success.
        m_llm.clearRequests();
        m_llm.injectFault(
            Fault{u"/v1/messages"_s, 529, R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})", {}, 0, false, 2});
        run(settings(LlmSettings::Provider::Anthropic), MappingRun::Mode::Llm, true);
        QCOMPARE(m_llm.requestCount(), 3);
        // A spend limit is not retried.
        m_llm.clearRequests();
        m_llm.injectFault(
            Fault{u"/v1/messages"_s,
                  429,
                  R"({"type":"error","error":{"type":"rate_limit_error","message":"limit","details":{"error_code":"enforced_spend_limit_reached"}}})",
                  {},
                  0,
                  false,
                  1});
        QString error;
        run(settings(LlmSettings::Provider::Anthropic), MappingRun::Mode::Llm, false, &error);
        QCOMPARE(m_llm.requestCount(), 1);
        QVERIFY2(error.contains(u"429"_s) && error.contains(u"rate_limit_error"_s), qPrintable(error));
        // Overloaded beyond the attempts allowed.
        m_llm.clearRequests();
        m_llm.injectFault(
            Fault{u"/v1/messages"_s, 529, R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})", {}, 0, false, 5});
        LlmSettings two = settings(LlmSettings::Provider::Anthropic);
        two.maxAttempts = 2;
        run(two, MappingRun::Mode::Llm, false, &error);
        QCOMPARE(m_llm.requestCount(), 2);
        QVERIFY2(error.contains(u"after 2 attempts"_s) && error.contains(u"overloaded_error"_s), qPrintable(error));
        m_llm.clearFaults(); // the overload that is left
    }

    void badAnswersAreErrors_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<int>("script");
        QTest::addColumn<QString>("error");
        QTest::newRow("anthropic cut off") << int(LlmSettings::Provider::Anthropic) << int(FakeLlm::Script::Truncated) << u"cut off"_s;
        QTest::newRow("anthropic refusal") << int(LlmSettings::Provider::Anthropic) << int(FakeLlm::Script::Refusal) << u"refused"_s;
        QTest::newRow("anthropic no tool") << int(LlmSettings::Provider::Anthropic) << int(FakeLlm::Script::NoTool) << u"without using"_s;
        QTest::newRow("openai length") << int(LlmSettings::Provider::OpenAi) << int(FakeLlm::Script::Truncated) << u"cut off"_s;
        QTest::newRow("openai not json") << int(LlmSettings::Provider::OpenAi) << int(FakeLlm::Script::NotJson) << u"not the JSON object"_s;
        QTest::newRow("openai refusal") << int(LlmSettings::Provider::OpenAi) << int(FakeLlm::Script::Refusal) << u"refused"_s;
    }
    void badAnswersAreErrors()
    {
        QFETCH(int, provider);
        QFETCH(int, script);
        QFETCH(QString, error);
        m_llm.scriptNext(FakeLlm::Script(script));
        QString message;
        const MappingRun r = run(settings(LlmSettings::Provider(provider)), MappingRun::Mode::Llm, false, &message);
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void wrongKey()
    {
        LlmSettings s = settings(LlmSettings::Provider::Anthropic);
        s.apiKey = u"sk-ant-wrong-key-9999"_s;
        QString error;
        run(s, MappingRun::Mode::Llm, false, &error);
        QVERIFY2(error.contains(u"401"_s) && error.contains(u"authentication_error"_s), qPrintable(error));
        QVERIFY(!error.contains(u"sk-ant-wrong-key-9999"_s));
        s.apiKey.clear();
        run(s, MappingRun::Mode::Llm, false, &error);
        QVERIFY(error.contains(u"needs a key"_s));
    }

    void cliWithProvider()
    {
        const QString sample = QStringLiteral(ORION_SOURCE_DIR) + u"/tests/data/mapping/stripe-customer.json"_s;
        const QHash<QString, QString> env{{u"ORION_LLM_BASE_URL"_s, m_llm.baseUrl().toString()},
                                          {u"ORION_LLM_API_KEY"_s, QString::fromLatin1(FakeLlm::kKey)},
                                          {u"ORION_LLM_MODEL"_s, u"claude-sonnet-4-5"_s}};
        m_llm.clearRequests();
        auto o = Test::runProgram(QStringLiteral(ORION_CLI_PATH),
                                  {u"map"_s, sample, u"--provider"_s, u"anthropic"_s, u"--json"_s, u"--rows"_s, u"1"_s}, env);
        QCOMPARE(o.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(o.out.toUtf8()).array();
        QCOMPARE(list.size(), targetFields(MappingTarget::Customer).size());
        for (const QJsonValue &v : list) {
            const QJsonObject s = v.toObject();
            for (const char *key : {"target_field", "source_path", "transformation", "confidence", "reasoning", "alternatives"})
                QVERIFY2(s.contains(QLatin1StringView(key)), key);
        }
        QVERIFY2(o.err.contains(u"mode hybrid"_s) && o.err.contains(u"input and"_s) && o.err.contains(u"estimated cost $"_s), qPrintable(o.err));
        QVERIFY(!o.err.contains(QString::fromLatin1(FakeLlm::kKey)) && !o.out.contains(QString::fromLatin1(FakeLlm::kKey)));
        for (const QJsonValue &f : m_llm.lastPrompt().value("source_fields"_L1).toArray())
            QVERIFY(f.toObject().value("samples"_L1).toArray().size() <= 1);
        // Local: no request at all.
        m_llm.clearRequests();
        o = Test::runProgram(QStringLiteral(ORION_CLI_PATH), {u"map"_s, sample}, env);
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(m_llm.requestCount(), 0);
        QVERIFY(o.out.contains(u"external_id"_s));
        // The LLM failing: one line, exit 1.
        m_llm.scriptNext(FakeLlm::Script::Truncated);
        o = Test::runProgram(QStringLiteral(ORION_CLI_PATH), {u"map"_s, sample, u"--provider"_s, u"anthropic"_s, u"--llm-only"_s}, env);
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.startsWith(u"orion: "_s) && o.err.contains(u"cut off"_s), qPrintable(o.err));
    }
};

QTEST_GUILESS_MAIN(TstLlmMapping)
#include "tst_llmmapping.moc"
