# rapport — 用户界面，简体中文（缺少的文本以英文显示）。
# 文本务必简短：通话中一眼扫过，常在 80 列终端中显示；每个汉字占两列。

## Header
header-remaining = 剩余 { $time }
header-overtime = 超时 { $time }
header-section = { $section }：剩余 { $time }
header-section-over = { $section }：超时 { $time }
pace-behind = 落后 { $time }
pace-ahead = 提前 { $time }
pace-on-time = 进度正常
clock-paused = 已暂停
clock-ended = 已结束
clock-not-started = 未开始
header-panelist = 面试官：{ $name }
header-panelist-changed = 面试官：{ $name }（此前为 { $was }）

## Save state
save-saved = ✓ 已保存
save-failed = ✗ 自 { $since } 起未保存：{ $reason }。此后的内容都没有写入磁盘。
save-draft = 草稿已保留

## Panels
panel-agenda = 流程
panel-question = 问题
panel-notes = 笔记
panel-editor = 新记录：{ $kind }
notes-empty = 还没有笔记，直接输入即可。
notes-count = { $count ->
   *[other] { $count } 条笔记
}

## The question
question-none = 此处没有预设问题。
question-look-for = 考察要点
question-follow-ups = 追问
question-red-flags = 危险信号
question-green-flags = 积极信号
question-fallback = （英文：暂无 { $lang } 译文）
question-position = 第 { $n } 题，共 { $total } 题

## Note kinds
kind-note = 笔记
kind-quote = 原话
kind-red-flag = 危险信号
kind-green-flag = 积极信号
kind-follow-up = 追问
kind-check-with-reference = 向证明人核实
kind-feedback = 反馈给候选人

## Editor
editor-placeholder = 输入笔记，按 { $key } 保存。

## Status line

## Help overlay
help-title = 快捷键
help-close = 关闭帮助
help-commit = 保存笔记
help-newline = 笔记内换行
help-next-question = 下一题（当前显示的题目记为已问）
help-previous-question = 上一题
help-skip-question = 跳过此题
help-next-kind = 切换笔记类型
help-pause = 暂停或继续计时
help-next-section = 下一环节
help-help = 显示帮助
help-quit = 退出（需确认）
help-quit-now = 立即退出（已全部保存）
help-scroll-notes = 选择更早的笔记
help-scroll-notes-down = 选择更新的笔记

## Popups
confirm-quit = 要退出 rapport 吗？内容已全部保存，正在输入的笔记会保留为草稿。
too-small = 终端窗口太小（{ $width }×{ $height }），请至少调整到 { $min-width }×{ $min-height }。
downtime-title = rapport 曾关闭
downtime-question = rapport 中断了 { $gap }（自 { $since } 起）。这段时间面试还在继续吗？

## 首页
home-tagline = 面试时的问题提示、计时和笔记
home-sessions = 最近的面试
home-none = 还没有面试。按 n 新建，或按 d 试用演示。
home-open = 进行中 · { $time }
home-ended = 已结束 · { $time }
form-title = 新建面试
form-candidate = 候选人
form-format = 形式
form-lang = 提问语言
form-also = 同时显示
form-panelist = 你的名字
form-none = —
form-need-candidate = 请先输入候选人姓名。

## 演示面试
demo-candidate = 马佳（演示）
demo-note-1 = 希望一年内带新人，而且有具体计划
demo-note-2 = 上一份工作把重复进线减少了两成，有数据
demo-note-3 = “宁可多问一次，也不瞎猜。”
demo-note-4 = 说到为什么离开上个团队时比较含糊
demo-note-5 = 向她以前的上级核实三月份工单积压的情况
demo-note-6 = 您讲的减少客户重复来电的例子很具体，也讲得很清楚：发生了什么、您做了什么、结果怎样。
demo-note-7 = 问她有三十个在线咨询在排队时怎么保证质量
demo-answer-1 = 想负责新客服的入职培训，并用他们第一个月的质检分数来衡量效果。
demo-answer-2 = 希望在培训上承担更多责任，也希望团队能互相分享经验。
demo-answer-3 = 同事会提到她处理棘手来电时很有耐心，文字表达也很清楚。
demo-rationale = 表达清楚、亲切、具体；向她以前的上级了解她离开上个团队时的情况。
demo-manager-1 = 陈静
demo-manager-2 = 王磊
demo-colleague-1 = 李娜
demo-colleague-2 = 张伟
demo2-candidate = 林杰（演示）
demo2-panelist = 金明
demo2-title-1 = 客服专员
demo2-title-2 = 在线客服组高级客服
demo2-title-3 = 退货组组长
demo2-manager-1 = 陈静
demo2-manager-2 = 王磊
demo2-manager-3 = 李娜
demo2-reference = 曾和他一起负责在线咨询积压项目；能谈谈他怎么应对压力。
demo2-note-1 = 入职时的任务是清理积压了三天的电话排队
demo2-note-2 = 两个月内把在线咨询积压从400降到40，并一直保持住
demo2-note-3 = “主管放心把情绪激动的客户交给我。”
demo2-note-4 = 因退货组没有组长而转岗，自己接下了这个职位
demo2-note-5 = 谈到团队时始终说“我们”；会点名肯定同事的贡献
demo2-note-6 = 不清楚新工具上线前他是怎么衡量质量的
demo2-answer-1 = 为在线客服组建立了第一份质检清单，后来在全公司推广使用。

## 1～10 分法则
ratings-title = 他们会给你打几分（1～10）？
ratings-manager = 上级 { $n }
ratings-colleague = 同事 { $n }
class-incomplete = 不完整：请补问其余评分
class-lacks-self-awareness = 全是 10 分：缺乏自我认知
class-may-have-overstated = 至少半数在 7 分及以下：前面可能夸大
class-credible = 多为 8、9 分：可信
class-mixed = 情况不一：需要进一步追问
help-ratings = 1～10 分法则：预估评分

## 履历深挖
role-add-title = 从简历添加一段工作经历
role-employer = 雇主
role-job-title = 职位
role-from = 起
role-to = 止
role-manager = 直属上级
role-line = { $employer } — { $title }
role-time-each = 剩余每段经历约 { $time }
role-none-yet = 还没有工作经历：按 { $key } 从简历添加第一段。
reference-title = 是否联系这位上级做背景调查？
reference-reason = 原因（一次成功、一次挑战、一段重要的合作）
help-add-role = 深挖：添加一段工作经历
help-reference = 深挖：标记上级以便背调

## 回答摘要与笔记修改
answer-title = 用一句话概括回答
answer-label = 摘要
note-edit-title = 修改 { $time } 的笔记
note-edit-label = 笔记
help-answer = 用一句话概括回答
help-edit-note = 修改或删除选中的笔记（未选中时为最新一条）

## 查找问题
search-title = 查找问题
search-prompt = 搜索
search-planned = 已计划
search-bank = 来自题库
search-none = 没有匹配的问题。
help-search = 查找任意问题，或从题库中加入

## rapport list（纯文本，供管道和脚本使用）
list-id = 编号
list-candidate = 候选人
list-role = 职位
list-format = 形式
list-created = 创建时间
list-state = 状态
list-notes = 笔记
list-damaged = 已损坏，resume 会修复
list-empty = 还没有面试。可以这样开始：
list-example = rapport new --candidate "王小明"
list-hint = 新建：rapport new --candidate 姓名 · 继续：rapport resume 编号 · 帮助：rapport --help
list-skipped = rapport：有一场面试无法读取，已略过：{ $error }
form-plan = 职位

## rapport plans / banks (content tools)
content-plan = 方案
content-rubric = 评分标准
content-formats = 形式
persona-mission = 岗位使命
persona-outcomes = 预期成果
persona-competencies = 能力要求
persona-culture = 团队文化
plans-rubric = 评分标准：{ $rubric } v{ $version }
plans-minutes = { $minutes } 分钟
plans-fill = 问题约 { $minutes } 分钟
plans-fill-per-role = 每段经历的问题约 { $minutes } 分钟
banks-category = 类别
banks-all = 全部
banks-total = 合计
banks-builtin = 内置
banks-yours = 自定义

## The feedback draft for the candidate (in the interview language)
feedback-thanks = { $candidate }，您好！感谢您抽出宝贵时间与我们面谈。以下是我们对本次面试的简要反馈。
feedback-strength = 您表现最突出的方面：{ $criterion }。{ $description }
feedback-growth = 建议您进一步提升的方面：{ $criterion }。{ $description }
feedback-notes = 此外，还有几点想与您分享：
feedback-close = 再次感谢您对我们公司和这一职位的关注。

## 导出（Markdown、HTML、CSV），以及之后的评分和汇总界面
export-interview = 面试
export-format = 形式
export-date = 日期
export-duration = 时长
export-duration-value = { $spent }（计划 { $planned }）
export-duration-open = { $spent }（计划 { $planned }，未结束）
export-rubric = 评分标准
export-rubric-value = { $title }（{ $id }，第 { $version } 版）
export-languages = 提问语言
export-panel = 面试小组
export-summary = 汇总
export-panelist = 面试官
csv-session = 面试
csv-candidate = 候选人
csv-date = 日期
csv-plan = 面试方案
csv-format = 形式
csv-criterion-id = 评分项 ID
export-weighted = 加权得分
export-coverage = 覆盖率
export-recommendation = 录用建议
export-status = 状态
export-submitted = 已提交
export-draft = 未提交
debrief-title = 小组评议
debrief-spread = 分差
debrief-disputes = 分歧（{ $count } 处）：评分相差 { $spread } 级及以上，或录用建议中既有“推荐”也有“不推荐”。请逐一讨论，或安排第二轮面试再定。
debrief-no-disputes = 没有分歧：评分相差均不到 { $spread } 级，录用建议中也没有“推荐”与“不推荐”并存。
debrief-split = 有分歧
debrief-consensus = 共同决定
debrief-no-consensus = 尚未记录。
debrief-blind = 您尚未提交：只显示您自己的评分。
debrief-timeline = 面试小组的笔记
decision-hire = 录用
decision-no-hire = 不录用
decision-second-interview = 第二轮面试
debrief-decided = { $decision }（由 { $by } 记录）
compare-title = 候选人对比
compare-none = 此面试方案尚无已评分的面试。
compare-best = 粗体：各评分项上的最高等级。只计入已提交的评分；等级取面试小组全体成员在该候选人各场面试中所给等级的平均值。
compare-best-screen = 高亮：各评分项上的最高等级。只计入已提交的评分；等级取面试小组全体成员在该候选人各场面试中所给等级的平均值。
compare-open = 尚未提交、暂不计入的评分：{ $count } 份。
calibration-title = 评分校准
calibration-sessions = 计入的面试：{ $count } 场（所有评分均已提交，且至少两位面试官评分）。
calibration-alpha = 一致性（α，定序）
calibration-units = 单元数
calibration-reading = 解读
calibration-all = 全部评分项
calibration-reliable = 可靠
calibration-tentative = 仅供参考
calibration-not-yet = 尚不可靠
calibration-undefined = 数据太少
calibration-guidance = Krippendorff α 系数：1 表示完全一致，0 表示与随机无异。达到 0.800 表示评分标准执行可靠；达到 0.667 时结论仅供参考；低于 0.667 则尚不可靠。一个单元即一位候选人在一个评分项上的评分。
calibration-leniency = 宽松度
calibration-pairs = 配对数
calibration-leniency-means = 宽松度是某位面试官的等级与其他面试官对同一候选人、同一评分项所给等级之差的平均值：大于 0 表示打分比小组其他人高，小于 0 表示偏低。
references-title = 背景调查电话
references-referee = 证明人
references-where = 工作经历
references-called = 通话日期
references-predicted = 候选人预估
references-actual = 证明人评分
references-gap = 差值
references-reading = 解读
references-consent = 同意情况
references-consent-given = 已记录
references-consent-missing = 未记录
references-agree-consistent = 一致
references-agree-over = 低于预估
references-agree-under = 高于预估
references-agree-open = 尚未比较
references-consistent = 每位证明人的评分与候选人的预估相差都不超过 1 分：候选人清楚别人如何看待自己，这是自我认知较强的表现。
references-overestimated = 有证明人给出的评分比候选人的预估低 2 分或更多：请就那段工作经历进一步了解。
references-underestimated = 证明人给出的评分比候选人的预估高 2 分或更多，且没有低于预估的：候选人对自己的评价较为谦虚。
references-not-yet = 还没有哪位证明人既有预估又有评分。
references-rule = 与预估相差不超过 { $within } 分即视为一致。与 1～10 分法则一样，这只是追问原因的提示，而不是结论。
references-levels = 评分标准各项等级：面试小组与证明人
references-panel = 面试小组
references-line = { $referee }（{ $where }）：预估 { $predicted }，评分 { $actual } — { $reading }
references-as-panelist = { $referee }（证明人）
compare-references = 背景调查
debrief-status-submitted = 已提交
debrief-status-scoring = 评分中
debrief-decide = 小组决定
debrief-not-submitted = 尚未提交：{ $panelists }。仍可记录决定。
debrief-why = 理由（按 { $key } 保存决定）：
help-debrief = 小组评议：并排查看各面试官的评分和小组决定
hint-debrief = 评议
help-anchors = 显示或隐藏此评分项的各级描述
hint-anchors = 等级描述
help-panel-notes-up = 小组较早的笔记
help-panel-notes-down = 小组较晚的笔记
hint-panel-notes = 笔记
help-decide = 记录小组决定
hint-decide = 决定
help-back-to-summary = 返回汇总
help-decision-up = 上一个决定
help-decision-down = 下一个决定
hint-decision = 选择
blind-title = 提交前不可见
blind-withheld = { $panelist }：{ $submitted ->
        [yes] 已提交
       *[no] 尚未提交
    }。您提交自己的评分后才能看到——笔记 { $notes } 条，评分 { $scored } 项。
export-rationale = 理由
export-formula = 加权得分 = Σ（权重 × 等级）÷ Σ 权重，仅计入评为 1～4 级的评分项。覆盖率 = 已评分部分的权重占总权重的比例。
export-self-awareness = 1～10 分法则
export-scores = 各项评分
export-criterion = 评分项
export-weight = 权重
export-mean = 平均分
export-evidence = 评分依据
export-not-scored = 未评分
export-no-evidence = 暂无依据
export-time = 各环节用时
export-section = 环节
export-planned = 计划用时
export-spent = 实际用时
export-flags = 危险信号与积极信号
export-roles = 履历深挖
export-manager = 直属上级
export-call-reference = 需联系做背调
export-follow-ups = 待跟进事项
export-notes = 笔记
export-story = 面试过程
export-asked = 已问
export-skipped = 已跳过
export-not-asked = 未问到
export-added = 临时添加
export-answer = 回答
export-question-counts = 问题：已问 { $asked } 个 · 跳过 { $skipped } 个 · 临时添加 { $added } 个 · 未问到 { $open } 个
export-section-notes = 关于本环节整体的笔记
export-other-notes = 其他笔记
export-ratings-who = 评价人
export-ratings-name = 姓名
export-ratings-rating = 预估评分
export-feedback = 给候选人的反馈草稿
export-feedback-hint = 以面试语言生成的初稿，请修改后再发送；仅依据评分标准和标记为“反馈给候选人”的笔记。
export-review = 分享前请核查
fairness-age = 年龄
fairness-gender = 性别
fairness-pregnancy-family = 怀孕与家庭计划
fairness-marital-status = 婚姻状况
fairness-religion = 宗教信仰
fairness-ethnicity-origin = 民族或籍贯（含口音）
fairness-health-disability = 健康与残障
fairness-sexual-orientation = 性取向
fairness-union-membership = 工会身份
fairness-school-prestige = 学校名气
fairness-why-age = 评估中不应考虑年龄。
fairness-why-gender = 评估中不应考虑性别。
fairness-why-pregnancy-family = 不应询问或考虑怀孕、子女和家庭计划。
fairness-why-marital-status = 婚姻状况与工作无关。
fairness-why-religion = 评估中不应考虑宗教信仰。
fairness-why-ethnicity-origin = 应评估沟通是否清楚，而不是出身或口音。
fairness-why-health-disability = 不应追问或记录健康与残障情况。
fairness-why-sexual-orientation = 性取向不应出现在评估中。
fairness-why-union-membership = 评估中不应考虑工会身份。
fairness-why-school-prestige = 看能力和实例，不看学校名气。
review-note = { $author } 在 { $time } 的笔记
review-answer = 对“{ $question }”的回答
review-rationale = { $panelist } 的理由
review-consensus = 小组决定的理由
review-found = { $category }（“{ $words }”）：{ $why }
review-not-quoted = 未写入反馈草稿。
review-names-candidate = 自由文本中出现了候选人的姓名（{ $count } 处）：导出时加 --redact 可替换为姓名缩写。
review-names-referees = 自由文本中出现了证明人的姓名（{ $count } 处）：--redact 也会替换。
review-checked = 未发现需要复核的内容。已用全部五种语言检查笔记（{ $notes }）、回答摘要（{ $answers }）和理由（{ $rationales }）中是否提及{ $categories }。
editor-fairness = ⚑ 请复核：{ $categories }
export-none = 无。
export-timeline = 时间线
export-legend-section = 新环节开始
export-minutes = { $minutes } 分钟
export-footer = 由 rapport { $version } 生成 · 导出于 { $date }
export-redacted = 已将姓名替换为缩写，并隐去电子邮箱和电话号码：共 { $count } 处
redacted-email = [邮箱]
redacted-phone = [电话]
rec-strong-no = 强烈不推荐
rec-no = 不推荐
rec-yes = 推荐
rec-strong-yes = 强烈推荐

## 评分界面
help-scoring = 按评分标准给候选人评分
scoring-title = 评分
scoring-as = 面试官：{ $panelist }
scoring-level = 等级
scoring-not-assessed-short = 未评
scoring-feeding = { $count ->
   *[other] 与此评分项相关的问题下共有 { $count } 条笔记（选择依据时标有 ◆）。
}
scoring-evidence-for = 评分依据：{ $criterion }
scoring-rationale = 为什么给出这个录用建议？（按 { $key } 保存）
scoring-total = 加权得分 { $score } · 覆盖率 { $coverage }
scoring-lacking = 缺少依据：{ $criteria }

# The summary and the end of an interview
help-summary = 汇总：评分、用时、信号与导出
help-end = 结束面试（先列出尚未完成的事项）
summary-more = ↓ 下面还有
summary-title = 汇总
summary-not-ended = 面试仍在进行：按 { $key } 结束。
summary-exported = 已保存到 { $path }
summary-export-failed = 未能保存：{ $reason }
coverage-title = 结束之前
coverage-complete = 计划中的问题都已问过，每项标准都已评分并附有依据。
coverage-not-asked = 未问的问题（{ $count }）
coverage-not-scored = 未评分的标准（{ $count }）
coverage-no-evidence = 已评分但缺少依据（{ $count }）
coverage-more = ……还有 { $count } 项

# Punctuation of labels and lists
label-colon = { $label }：
list-separator = 、

# Export and import on the command line
cli-exported = 已将 { $what } 导出到 { $path }
cli-imported = 已导入 { $what }，会话 ID：{ $id }
cli-merged = 已合并到 { $what }——新事件 { $new } 条，已有 { $known } 条
cli-invited = 已将 { $what } 的邀请保存到 { $path }：请发给面试小组成员，每人用 `rapport join 文件 --as 姓名` 加入
cli-joined = 已以 { $panelist } 的身份加入 { $what }

# Numbers
decimal-mark = .
percent = { $n }%
quoted = “{ $text }”

## 按键：帮助中对每个按键作用的说明，以及底部提示栏里的简短说法。按键本身的名称
## （Ctrl-E、F10、Esc…）由程序按实际按键生成，不在这里翻译。
help-kind = 直接选择笔记类型：1 笔记，2 原话，3 危险信号，4 积极信号，5 追问，6 向证明人核实，7 反馈给候选人
help-restore-note = 恢复最近删除的笔记
help-clear-selection = 取消选择笔记
help-scroll-up = 向上滚动
help-scroll-down = 向下滚动
help-page-up = 上一页
help-page-down = 下一页
help-top = 回到顶部
help-bottom = 跳到底部
help-confirm-quit = 退出（已全部保存）
help-confirm-submit = 提交评分
help-confirm-delete = 删除笔记
help-confirm-end = 结束面试
help-stay = 返回，不做任何更改
help-keep-going = 返回面试
help-reopen-counted = 重新开启；结束后的这段时间计入用时
help-reopen-left-out = 重新开启；结束后的这段时间不计入用时
help-downtime-went-on = 面试仍在进行：计入这段时间
help-downtime-stopped = 面试也已中断：不计入这段时间
help-export = 将汇总保存为 Markdown、HTML、CSV 和 JSON 文件
help-end-or-reopen = 结束面试（已结束时：重新开启）
help-back-to-interview = 返回面试
help-criterion-up = 上一个评分项
help-criterion-down = 下一个评分项
help-level-down = 降低等级（低于 1 级即为未评）
help-level-up = 提高等级
help-evidence = 选择支持此评分的笔记
help-recommendation = 切换录用建议
help-rationale = 填写理由
help-submit = 提交评分（需确认）
help-note-up = 上一条笔记
help-note-down = 下一条笔记
help-pick = 选中或取消选中笔记
help-evidence-done = 完成：保存所选笔记
help-save-form = 保存
help-cancel = 取消
help-next-field = 下一项
help-previous-field = 上一项
help-edit-kind = 更改笔记类型
help-delete-note = 删除笔记（需确认）
help-match-up = 上一个结果
help-match-down = 下一个结果
help-go-there = 跳转到该问题（题库中的问题会加入当前环节）
help-row-up = 上一场面试
help-row-down = 下一场面试
help-continue = 继续面试
help-new-interview = 新建面试
help-demo = 打开演示面试
help-delete-session = 删除所选面试（先列出将删除的内容，再确认）
help-confirm-delete-session = 永久删除
hint-confirm-delete-session = 永久删除
home-delete-title = 删除与 { $candidate } 的面试？
home-delete-lists = 将删除以下文件，以及 rapport 自身日志中与这场面试有关的记录：
home-delete-warning = 此操作无法撤销。按 Del 全部删除；按 Esc 保留。
home-deleted = 已删除与 { $candidate } 的面试。
home-delete-failed = 未删除任何内容：{ $reason }
help-leave = 退出 rapport
help-choice-left = 上一个选项
help-choice-right = 下一个选项
help-start = 开始面试
hint-help = 帮助
hint-commit = 保存
hint-newline = 换行
hint-next-kind = 类型
hint-next-question = 下一题
hint-pause = 暂停
hint-scoring = 评分
hint-summary = 汇总
hint-end = 结束
hint-quit = 退出
hint-scroll = 滚动
hint-close = 关闭
hint-confirm-quit = 退出
hint-confirm-submit = 提交
hint-confirm-delete = 删除
hint-confirm-end = 结束面试
hint-stay = 返回
hint-keep-going = 继续面试
hint-reopen-counted = 重新开启，计入时间
hint-reopen-left-out = 重新开启，不计时间
hint-downtime-went-on = 是，仍在进行
hint-downtime-stopped = 否，也已中断
hint-export = 保存为文件
hint-back = 返回
hint-criterion = 评分项
hint-level = 等级
hint-evidence = 依据
hint-recommendation = 录用建议
hint-rationale = 理由
hint-submit = 提交
hint-note = 笔记
hint-pick = 选中
hint-done = 完成
hint-save = 保存
hint-cancel = 取消
hint-next-field = 下一项
hint-delete = 删除
hint-choose = 选择
hint-go-there = 跳转
hint-continue = 继续
hint-new-interview = 新建面试
hint-demo = 演示
hint-change = 切换
hint-start = 开始

## 确认对话框，以及表单的必填要求
confirm-quit-title = 退出 rapport？
confirm-submit-title = 提交您的评分？
confirm-submit = 您的评分和录用建议将记录为已提交。之后仍可修改，每次修改都会留有记录。
confirm-delete-title = 删除这条笔记？
confirm-delete = 笔记会从时间线中移除，但仍保留在本场面试的历史记录中。在面试界面按 { $key } 即可恢复。
confirm-reopen-title = 重新开启面试？
confirm-reopen = 面试在 { $gap } 前结束，当时计时为 { $clock }。此后面试是否还在继续？
role-need-employer = 至少需要填写雇主。
answer-need-text = 请先填写摘要（按 { $key } 保持原样）。
note-edit-need-text = 笔记不能为空；如要移除，请删除这条笔记。
note-edit-kind = 类型
reference-unmark = 留空即可取消对这位上级的标记。
ratings-invalid = 须为 1～10 的整数
ratings-refused = 未保存：每项评分都必须是 1～10 的整数。
ratings-modesty = 在北欧、波罗的海国家和中国的面试中，自评偏保守很常见：先问清原因，再下结论。
question-time-on = 本题用时 { $time }
help-question-down = 考察要点显示不全时，向下滚动
help-question-up = 向上滚回
question-more = 还有 { $count } 行 · { $key }
home-no-plans = 尚未安装任何面试方案：没有可比较的内容。
home-no-store = 此处无法读取面试记录。
home-call-is-reference = 这是一次背景调查通话：请选择候选人的面试，再联系另一位证明人。
home-call-none-marked = 与 { $candidate } 的面试中没有标记需要做背景调查的上级：请在履历深挖中的某段工作经历上按 F8 标记。
help-compare = 所选面试的方案：候选人并列比较，以及面试小组评分的一致程度
hint-compare = 比较
help-call-reference = 联系所选面试标记的证明人（先记录候选人的同意）
hint-call-reference = 背景调查
help-sort-left = 按左边一列排序
help-sort-right = 按右边一列排序
hint-sort = 排序
help-reverse-sort = 反转顺序
hint-reverse-sort = 反转
help-candidate-up = 上一位候选人（或向上滚动）
help-candidate-down = 下一位候选人（或向下滚动）
help-plan-tab = 在候选人比较与评分校准之间切换
hint-plan-tab = 评分校准
help-next-plan = 下一个面试方案
hint-next-plan = 下一个方案
help-open-candidate = 打开所选候选人最近的一场面试
hint-open-candidate = 打开
help-back-to-list = 返回面试列表
help-referee-up = 上一位证明人
help-referee-down = 下一位证明人
help-start-call = 按所填写的同意情况开始通话
hint-start-call = 开始通话
calling-title = { $candidate } 的背景调查电话
calling-choose = 联系哪一位？
calling-consent = 候选人是如何同意这次通话的？（例如：“面试结束时口头同意”）
calling-need-consent = 请先记录候选人的同意：只有在候选人同意后才能联系证明人。
plan-sorted-by = 排序依据：{ $column }
plan-hidden-columns = 还有 { $count } 列未显示：按 ←→ 查看。
hint-plan-tab-candidates = 候选人
referee-rating-title = 证明人对 { $candidate } 的评分
referee-rating-label = 评分（1～10）
referee-rating-ask = 可以问：“如果用 1 到 10 分打分，您总体会给 TA 打几分？”留空即清除评分。
referee-rating-invalid = 未保存：评分须为 1 到 10 的整数（按 { $key } 保持原样）。
references-consent-as-recorded = { $how }（{ $by } 于 { $date } 记录）

## rapport resume --no-tui
resume-session = 面试
resume-clock = 计时
resume-section = 环节
resume-notes = 笔记
resume-last-seen = 最后活动
resume-unsaved = 未保存
resume-ended = 已结束
resume-paused = 已暂停
resume-running = 进行中
resume-clock-value = { $spent } / { $planned }（{ $status }）
resume-draft = “{ $text }”（已存为草稿）

## 设置、手册与确认
config-bad = { $error }。rapport 将使用默认设置继续运行。
config-set = { $key } 已设为 { $value }（位于 { $path }）。
config-removed = 已取消设置 { $key }（位于 { $path }）。
man-installed = 手册页已安装到 { $path }：用 `man rapport` 即可打开（若打不开，请把 ~/.local/share/man 加入 MANPATH）。
delete-confirm = 确定永久删除以上全部内容？[y/N]
confirm-yes-words = y, yes, 是

## 问题类别与标签（rapport banks）
category-philosophy = 服务理念
category-behavioural = 行为面试题
category-situational = 情景题
category-personal = 个人情况
category-company = 关于我们
category-deep_dive = 履历深挖
category-reference_check = 背景调查
tag-screen = 简短面试
tag-deep = 深度面试
tag-reference = 背景调查
tag-practical = 实操练习

## 删除（rapport forget、rapport purge 及主页上的 Del）
deletion-session = 面试记录 { $id }，创建于 { $date }
deletion-session-named = 面试记录 { $id } — { $what }，创建于 { $date }
deletion-index-entry = 它在 { $path } 中的条目
deletion-unreadable = 面试记录 { $id }：其日志无法读取
deletion-stray = { $path }（写入中断时遗留）
deletion-log-lines = rapport 自身日志 { $path } 中的 { $count } 行
deletion-not-confirmed = 未删除任何内容（请用 --yes 确认，或在终端中运行）。
forget-need-name = --candidate 需要填写姓名
forget-unreadable = 无法读取某场面试记录，因此改为在其文件中查找该姓名：{ $error }
forget-nothing = rapport 中没有这位候选人的任何信息：无需删除。
forget-lists = 以下将删除 rapport 中关于这位候选人的全部内容：
forget-deleted = 已删除关于这位候选人的 { $files } 个文件和 { $lines } 行日志。
purge-too-long = --older-than 的时间太长
purge-unreadable = 无法读取某场面试记录，因此未作处理：{ $error }
purge-nothing = 没有早于 { $age } 的面试记录：无需删除。
purge-lists = 以下面试记录最后一次改动早于 { $date }：
purge-deleted = 已删除 { $files } 个文件和 { $lines } 行日志。
