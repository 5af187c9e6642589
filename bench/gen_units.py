#!/usr/bin/env python3
"""Writes N synthetic declarations (layout hubei, 2025) into DIR, deterministically from a seed.

Sizes vary on purpose: a unit has 0-20 projects, 2-14 functions and tasks, and keeps 30-100 %
of the sample's indicators (some duplicated), so small, typical and multi-page forms all occur.
Usage: gen_units.py N DIR [SEED]
"""
import random
import sys
from pathlib import Path

WORDS = ("医疗保障 基金监管 信息平台 乡村振兴 公共服务 预算执行 绩效管理 资产管理 财务核算 "
         "城乡居民 参保缴费 待遇保障 药品采购 异地就医 经办服务 政务公开 人才培养 制度建设 "
         "安全生产 数字化转型 监督检查 专项整治 应急保障 基层设施").split()
CATEGORIES = ["常年性项目", "一次性项目", "延续性项目"]
LONG = {
    "运行成本": {"公用经费控制": ["公用经费控制率"], "在职人员控制": ["在职人员控制率"],
              "项目支出成本控制": ["会议费控制率", "“三公经费”变动率"]},
    "管理效率": {"战略管理": ["中长期规划相符性", "工作计划健全性"],
              "预算编制": ["预算编制科学性", "预算编制合理性", "立项规范性", "预算调整率"],
              "预算执行": ["预算执行率", "结转结余率", "政府采购执行率", "非税收入预算完成率"],
              "绩效管理": ["事前绩效评估完成率", "绩效目标合理性", "绩效监控开展率", "绩效评价覆盖率"],
              "资产管理": ["资产管理制度健全性", "资产管理规范性"],
              "财务管理": ["财务管理制度健全性", "会计核算规范性", "资金使用合规性"]},
    "履职效能": {"核心业务产出 1": ["城乡居民医疗保险覆盖率"], "核心业务产出 2": ["待遇领取人数"]},
    "社会效应": {"社会效益 1": ["城乡居民基本医疗保障水平"], "社会效益 2": ["困难群众看病就医方便程度"]},
    "可持续发展能力": {"体制机制改革": ["服务体制改革成效"], "人才支撑": ["业务学习与培训完成率"]},
    "满意度": {"服务对象满意度": ["城乡居民满意度"], "联系部门满意度": ["相关行政事业单位满意度"]},
}
VALUES = ["≤100%", "≥95%", "100%", "≤5%", "有效保障", "明显提高", "规范", "健全", "≥600000 人次"]


def sentence(r, lo, hi):
    return "，".join(r.choice(WORDS) + r.choice(["工作", "任务", "机制", "水平", "成效"])
                     for _ in range(r.randint(lo, hi))) + "。"


def money(r):
    return f"{r.randint(1, 50000) / 100:.2f}"


def indicators(r, annual, keep):
    out = []
    for l1, l2s in LONG.items():
        lines = []
        for j, (l2, l3s) in enumerate(l2s.items()):
            leaves = [x for x in l3s if r.random() < keep]
            if not leaves and not lines and j == len(l2s) - 1:
                leaves = l3s[:1]  # every first-level indicator keeps at least one line
            if r.random() < keep / 3:
                leaves += [x + "（二）" for x in l3s]
            if not leaves:
                continue
            lines.append(f"    {l2}:")
            for l3 in leaves:
                v = r.choice(VALUES)
                if annual:
                    lines.append(f"      {l3}: {{year_before: {r.choice(VALUES)}, last_year: {r.choice(VALUES)}, value: {v}}}")
                else:
                    lines.append(f"      {l3}: {v}")
        if lines:
            out.append(f"  {l1}:")
            out += lines
    return out


def unit(i, r):
    projects = r.choice([0, 1, 2, 4, 8, 20])
    keep = r.choice([0.3, 0.6, 1.0])
    level = "一级" if r.random() < 0.8 else "二级"
    # income and expenditure balance in every year, as the balance rule asks
    cols = [(k, r.randint(100, 50000)) for k in ("amount", "last_year", "year_before")]
    staff = {k: r.randint(1, c - 1) for k, c in cols}
    y = ["layout: hubei", "year: 2025", "unit:", f"  name: 合成单位{i:05d}号{r.choice(WORDS)}中心",
         f"  level: {level}", "  contact: 张三", f"  phone: 0722-{r.randint(1000000, 9999999)}",
         "  date: 2024-10-16", "money_unit: 万元", "funds:", "  income:",
         "    - {name: 财政拨款, " + ", ".join(f"{k}: {c / 100:.2f}" for k, c in cols) + "}",
         "    - {name: 财政专户管理资金}", "  expenditure:",
         "    - {name: 人员类项目支出, " + ", ".join(f"{k}: {staff[k] / 100:.2f}" for k, _ in cols) + "}",
         "    - {name: 运转类项目支出, " + ", ".join(f"{k}: {(c - staff[k]) / 100:.2f}" for k, c in cols)
         + "}", "functions:"]
    y += ["  - " + sentence(r, 3, 12) for _ in range(r.randint(2, 14))]
    y += ["tasks:"] + ["  - " + sentence(r, 3, 12) for _ in range(r.randint(2, 14))]
    if projects:
        y.append("projects:")
        for p in range(projects):
            b = money(r)
            y += [f"  - name: {r.choice(WORDS)}项目{p + 1}", f"    category: {r.choice(CATEGORIES)}",
                  f"    total_budget: {b}", f"    budget: {b}", f"    purpose: {sentence(r, 1, 4)}"]
    y += ["long_term_goal:", "  until: 2027", "  items:", "    - " + sentence(r, 4, 10),
          "annual_goal:"] + ["  - " + sentence(r, 2, 8) for _ in range(r.randint(1, 4))]
    y += ["defaults:", "  basis: 计划标准", "  kind: 基本型", "long_term_indicators:"]
    y += indicators(r, False, keep)
    y += ["annual_indicators:"] + indicators(r, True, keep)
    return "\n".join(y) + "\n"


def main():
    n, out = int(sys.argv[1]), Path(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 6
    r = random.Random(seed)
    (out / "2025").mkdir(parents=True, exist_ok=True)
    for i in range(1, n + 1):
        (out / "2025" / f"unit{i:05d}.yaml").write_text(unit(i, r), encoding="utf-8")


if __name__ == "__main__":
    main()
