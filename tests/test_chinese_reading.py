"""Chinese articles as a bilingual fact-checker reads them: names glossed in Latin, numbers with
their classifiers, Latin names and keywords run on without spaces, relative years."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.extract import extract_text
from claimcheck.extract.periods import find_periods
from claimcheck.quantities import parse
from helpers import read

GLOSSED = "杭州大模型创业公司灵序科技（Lingxu Technology）昨日宣布完成15亿元人民币B轮融资。"


def _facts(text, config):
    return {(c.entity, c.metric, c.value) for c in read(text, config)}


def test_a_chinese_name_glossed_in_latin_and_its_core_name_the_glossed_entity(config):
    text = GLOSSED + "算上天使轮，灵序累计融资约22亿元。灵序科技员工400余人。"
    entities = {(c.entity, c.metric) for c in read(text, config)}
    assert entities == {("Lingxu Technology", "funding"), ("Lingxu Technology", "employees")}


def test_a_number_takes_its_classifier_but_a_date_is_no_figure(config):
    assert [q.text for q in parse("有员工400人，服务3,000家客户")] == ["400", "3,000"]
    assert parse("截至6月底") == [] and parse("2024年9月") == []


def test_a_latin_name_and_keyword_run_on_into_chinese(config):
    text = "灵序-M2（Lingxu-M2）采用MoE架构，总参数2360亿，激活参数210亿。灵序-M2的MMLU得分为84.1。"
    assert _facts(text, config) == {
        ("Lingxu-M2", "params_total", 236e9),
        ("Lingxu-M2", "params_active", 21e9),
        ("Lingxu-M2", "mmlu", 84.1),
    }
    assert _facts("Lingxu-M2的MMLU得分为84.1。Lingxu-M2 is a model.", config) == {("Lingxu-M2", "mmlu", 84.1)}


def test_a_chinese_figure_in_hundreds_of_millions_is_no_year(config):
    assert find_periods("估值达到2000亿元", None) == []


def test_chinese_relative_years():
    periods = [p.period for p in find_periods("预计全年收入超过5亿元，去年营收3亿元", dt.date(2025, 9, 4))]
    assert periods == ["2025", "2024"]


# a half of this year, this year's May, another year's whole year, the base of a change
@pytest.mark.parametrize(
    ("text", "period"),
    [("今年上半年", ["2025-H1"]), ("今年 5 月", []), ("2024 年全年", ["2024"]), ("较去年同期", [])],
)
def test_what_a_chinese_relative_year_is_not(text, period):
    assert [p.period for p in find_periods(text, dt.date(2025, 9, 4)) if p.kind != "date"] == period


def test_a_full_year_forecast_beside_a_half_is_of_the_year(config):
    text = GLOSSED.replace("昨日", "") + "公司今年上半年收入1.8亿元。预计全年收入超过5亿元。"
    claims = extract_text(text, "t.txt", config, date=dt.date(2025, 9, 4))
    assert [(c.raw, c.period) for c in claims if c.metric == "revenue"] == [
        ("1.8亿元", "2025-H1"),
        ("超过5亿元", "2025"),
    ]


def test_as_of_the_end_of_a_month_in_chinese_dates_a_moving_figure(config):
    text = GLOSSED.replace("昨日", "") + "截至6月底，灵序科技企业客户达3.6万家，员工2,350人。"
    claims = extract_text(text, "t.txt", config, date=dt.date(2025, 8, 20))
    assert {(c.metric, c.as_of) for c in claims if c.metric != "funding"} == {
        ("customers", "2025-06"),
        ("employees", "2025-06"),
    }


ZH_RESULTS = (
    "2025-09-22 | 出海周报\n\n"
    "拓穹智能（Tuoqiong AI）周一披露，2025年上半年营收达 4.6 亿元人民币。分业务看，模型 API（Model API）"
    "收入 1.9 亿元；智能体平台（Agent Platform）收入 1.0 亿元。\n\n"
    "公司上半年净亏损为 2.3 亿元，较去年同期的 3.1 亿元有所收窄。\n\n"
    "另一边，仓储机器人公司 奥斯蒙德机器人（Osmund Robotics）正在加码中国市场。\n\n"
    "该公司今年6月完成 2.4 亿美元 C 轮融资，由 Harrowgate Capital 领投，"
    "投前估值为 16 亿美元，投后估值为 19 亿美元。\n"
)


def _zh(config):
    return {c.raw: c for c in extract_text(ZH_RESULTS, "zh.txt", config)}


def test_a_chinese_part_glossed_in_english_is_that_part_by_its_english_name(config):
    claims = _zh(config)
    assert (claims["1.9 亿元"].segment, claims["1.0 亿元"].segment) == ("model api", "agent platform")


def test_a_figure_set_against_the_same_period_last_year_in_chinese_is_last_years(config):
    assert _zh(config)["3.1 亿元"].when == "2024-H1"


def test_the_said_company_is_the_one_just_named_and_a_lead_investor_is_no_subject(config):
    claims = _zh(config)
    assert {claims[r].entity for r in ("2.4 亿美元", "16 亿美元", "19 亿美元")} == {"Osmund Robotics"}
    assert (claims["16 亿美元"].basis, claims["19 亿美元"].basis) == ("pre_money", "post_money")


def test_daily_api_calls_and_cash_on_hand_are_read_by_their_chinese_words(config):
    text = "霁川智能（Jichuan Intelligence）披露，日均 API 调用量约18亿次。该公司称，目前账上现金约31亿元。"
    claims = {c.raw: c for c in extract_text(text, "zh.txt", config)}
    assert (claims["约18亿"].metric, claims["约31亿元"].metric) == ("api_calls_per_day", "cash")
    assert {c.entity for c in claims.values()} == {"Jichuan Intelligence"}


_TWO_COMPANIES = (
    "拓穹智能上半年营收增长；奥斯蒙德机器人加码中国产能\n\n"
    "拓穹智能（Tuoqiong AI）周一披露，2025年上半年营收达 4.6 亿元人民币，同比增长 135%。\n\n"
)


def test_a_one_line_chinese_paragraph_is_prose_and_its_names_are_read(config):
    text = _TWO_COMPANIES + "Xuanjing-Pro 输入 4 元/百万 Tokens，输出 16 元/百万 Tokens。\n"
    prices = [c for c in read(text, config) if c.metric == "price_per_mtok"]
    assert {(c.entity, c.price_kind, c.stated.value) for c in prices} == {
        ("Xuanjing-Pro", "input", 4.0),
        ("Xuanjing-Pro", "output", 16.0),
    }


def test_gongsi_opening_a_clause_is_the_company_and_the_subject_of_the_clauses_after_it(config):
    text = _TWO_COMPANIES + "公司上半年净亏损为 2.3 亿元，较去年同期的 3.1 亿元有所收窄；毛利率为 38.5%。\n"
    got = {(c.entity, c.metric) for c in read(text, config) if c.line == 5}
    assert got == {("Tuoqiong AI", "net_loss"), ("Tuoqiong AI", "gross_margin")}


def test_app_alone_names_no_one(config):
    text = _TWO_COMPANIES + "截至 6 月底，其 C 端助手 App 月活跃用户超过 3500万。\n"
    (users,) = [c for c in read(text, config) if c.line == 5]
    assert users.entity == "Tuoqiong AI"


def test_the_english_gloss_of_a_part_whose_revenue_is_told_is_a_part(config):
    text = _TWO_COMPANIES + "分业务看，智能体平台（Agent Platform）收入 1.0 亿元，同比增长 210%。\n"
    got = {(c.entity, c.segment, c.metric) for c in read(text, config) if c.line == 5}
    assert got == {
        ("Tuoqiong AI", "agent platform", "revenue"),
        ("Tuoqiong AI", "agent platform", "growth_rate"),
    }
