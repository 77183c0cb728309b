"""Hand-curated items: verbatim quotes from public pages and repositories.

Every text here was copied from the source named next to it (light trimming of
surrounding text only). Nothing is paraphrased or invented. Append only: the
build script numbers items in file order, so ids stay stable.

C(text, tactics, source, note)  -> collection item
B(text, source, note)           -> benign item
"""

COLLECTION = []
BENIGN = []


def C(text, tactics, source, note):
    COLLECTION.append({"text": text, "tactics": list(tactics), "source": source, "note": note})


def B(text, source, note):
    BENIGN.append({"text": text, "source": source, "note": note})


SEO = "collection SMS quoted in a legal-advice/SEO article (may be an illustrative example)"
SEO_B = "legal-advice/SEO article sentence about collection (hard negative)"
NEWS_B = "news article sentence about collection (hard negative)"

# --- 523it.com/g/116581 -------------------------------------------------------
u = "https://www.523it.com/g/116581.html"
C("尊敬的用户,您亲友XXX在本平台的贷款已严重逾期,请尽快联系处理,以免影响家庭信用……", ["third_party_contact", "credit_threat"], u, SEO + "; sent to a contact")
C("因贷款逾期,法院已立案", ["legal_threat"], u, SEO)
C("【XX市人民法院】您因贷款逾期已被正式立案,请于3日内联系处理,否则将强制执行……", ["impersonation", "legal_threat", "urgency"], u, SEO + "; fake court signature")
B("简单回答:不会直接通过普通短信通知你应诉或立案。", u, SEO_B)
B("现在确实有一些地区法院启用了“智慧法院”系统,通过当事人预留的手机号发送电子送达提醒,但这类信息通常有明确标识,例如来自“人民法院送达平台”或带有唯一验证码链接,并且需要你主动确认签收才算完成送达", u, SEO_B)
B("为了让你尽快还款,有些催收公司会故意模仿法院语气", u, SEO_B)

# --- stheadline.com/society/3552167 (HK) --------------------------------------
u = "https://www.stheadline.com/society/3552167"
C("落樓下見，畀單我，即時處理", ["home_visit", "payment_red_flag", "urgency"], u, "HK fake debt-collector call quoted in news (Sing Tao)")
C("Ｗhatsapp 我過數資料，即時處理", ["payment_red_flag", "urgency"], u, "HK fake debt-collector call quoted in news (Sing Tao)")
B("騙徒冒認收數公司追數 掌握個人資料恐嚇淋紅油", u, "HK news sub-heading about fake debt collectors (hard negative)")
B("網民分析騙徒的對話，認為「有文有路」，對話內容似背稿，但講法似銀行的流程，唯一的破綻是「講唔出邊間公司委託收數」。", u, "HK news sentence (hard negative)")
B("警員又指即使真的有欠款被收數公司上門追數，也可以「即時報999 叫軍裝幫手」。", u, "HK news sentence (hard negative)")
B("警方製作的《警聲百二秒》，亦有製作相關騙案的內容，當中有提到如何防範借貸騙案。", "https://www.stheadline.com/zh-hans/society/3552167", "HK news sentence (hard negative)")

# --- ltn.com.tw 5326081 / udn 9296746 (TW) -------------------------------------
u = "https://news.ltn.com.tw/news/society/breakingnews/5326081"
C("別在躲了，欠錢遲早要還", ["reputation"], u, "TW: leaflet thrown in public by a creditor, quoted in news (LTN)")
B("警方說，已通知散發傳單涉嫌人到案說明，後續依法移送雲林地檢署偵辦。", u, "TW news sentence about public debt shaming (hard negative)")
B("民眾認為，男子的行為影響不少路過用餐及通勤民眾，討債應循正當、理性的方式處理，不應打擾公共秩序。", u, NEWS_B)
u = "https://udn.com/news/story/7320/9296746"
B("虎尾分局指出，男子行為已涉違反社維法，已查出撒紙男身分並通知出面說明，後續將依法究辦", u, NEWS_B)
B("事主今天出面說明指出，父親從事養殖失敗欠下600多萬債務，父親一時無力還清負債，早已離家失去聯絡，迄今仍不知去向", u, NEWS_B)

# --- easy-law.net (TW legal blog) ---------------------------------------------
u = "https://easy-law.net/blog/debt/collection/illegal-debt-collection-taiwan"
C("我要在社區貼你的欠債公告", ["reputation"], u, "TW legal blog's example of an unlawful collector threat (illustrative)")
C("我要把你帶去山上活埋", ["abuse"], u, "TW legal blog's example of an unlawful collector threat (illustrative)")
B("欠債還錢是民事責任,但討債手段如果涉及強暴、恐嚇或限制人身自由,就已經跨越紅線,成為嚴重的刑事犯罪!", u, "TW legal blog sentence (hard negative)")
B("在臺灣的法律實務中,合法的債權追討必須走民事途徑(如支付命令、訴訟或強制執行)。", u, "TW legal blog sentence (hard negative)")

# --- 4fzw.com -------------------------------------------------------------------
u = "https://www.4fzw.com/x/884400776_749989138"
C("尊敬的用户,您在XX网贷平台借款的XX元,已逾期XX天,请尽快还款。逾期未还,我们将采取以下措施:1.每日计收XX元逾期罚息;2.将逾期信息报送征信机构;3.采取法律手段追究责任。", ["credit_threat", "legal_threat"], u, SEO)
B("如果不幸逾期了,一定要及时与平台沟通,说明情况,争取宽限期。", u, SEO_B)

# --- 523it.com/g/115530 ---------------------------------------------------------
u = "https://www.523it.com/g/115530.html"
C("尊敬的客户,您在我司申请的贷款已连续逾期,将影响征信,请立即还款以免被起诉", ["credit_threat", "urgency", "legal_threat"], u, SEO)
C("尊敬的客户,您在我司的贷款已严重逾期,请立即还款,否则将影响征信并启动司法程序!", ["credit_threat", "urgency", "legal_threat"], u, SEO)
C("把你在老家的房子贴封条", ["legal_threat"], u, SEO + "; listed as an unlawful threat")
B("正规银行或持牌金融机构(如招联金融、京东金条、微粒贷等)通常通过官方短信号码(比如95开头)或App内通知推送,如果你收到的是普通的手机号(比如13X、17X开头),基本可以判定为第三方催收公司甚至诈骗团伙。", u, SEO_B)
B("很多人一看到“逾期”“征信”“司法”这些字眼就慌了,生怕影响买房、买车、办卡,但真相往往是——80%的这类短信,压根不是正规机构发的。", u, SEO_B)
B("别急着打电话回过去,也别立马点链接还款!", u, SEO_B)

# --- tsxnews.com.cn --------------------------------------------------------------
u = "http://www.tsxnews.com.cn/2024falv/xyqzhai/12024991.html"
B("最近好多朋友都遇到过这类情况:本身没欠网贷却收到各种催收短信说什么\"你朋友XXX欠款不还\",真是又气又无奈😤,今天咱们就来扒一扒这背后的猫腻,给大家提个醒儿。", u, SEO_B)
B("我提议假使没欠钱还收到这类短信,直接报警。", u, SEO_B)

# --- 523it.com/g/81727 -------------------------------------------------------------
u = "https://www.523it.com/g/81727.html"
C("您名下的XX贷款账户存在逾期行为,我方已启动风险核查程序,请于24小时内联系客服说明情况。", ["legal_threat", "urgency"], u, SEO)
C("您的网贷逾期已移交户籍地,工作人员将上门核实……", ["home_visit", "third_party_contact"], u, SEO)
B("记住:网贷逾期是民事纠纷,不是刑事案件,催收可以合法进行,但绝不能用违法手段逼你还钱!", u, SEO_B)
B("2022年,深圳某催收公司因冒充“街道办人员”给借款人亲属群发短信,声称“不还款将列入失信名单”,借款人起诉后,法院认定该公司侵犯名誉权、隐私权,判决赔偿精神损失费及公开道歉,总计20万元。", u, SEO_B)
B("关键点:催收只能联系借款人本人,若骚扰同事、亲友或伪造国家机关名义,就是违法!", u, SEO_B)

# --- qq959 / 523it 91458 -------------------------------------------------------------
B("如果您收到了关于上门催收的短信,这可能意味着您的网贷已经逾期并且欠款金额较大,贷款机构可能采取了更为严厉的措施来追回欠款。", "https://www.qq959.com/news/853886.html", SEO_B)
u = "https://www.523it.com/g/91458.html"
C("您在某平台的贷款已逾期,请尽快还款,否则将影响征信!", ["credit_threat", "urgency"], u, SEO)
B("别点短信里的链接,尤其带“h5”、“pay”、“verify”这类字眼的,99%是钓鱼网站。", u, SEO_B)
B("查征信报告(可通过中国人民银行征信中心官网或各大银行APP免费查);", u, SEO_B)

# --- zhenggang.org -------------------------------------------------------------------
u = "https://zhenggang.org/suzhoutaozhai/36151"
B("从法律视角审视,威胁短信往往涉及《治安管理处罚法》第四十二条的「多次发送恐吓信息」条款,其内容若包含人身威胁、虚假诉讼等内容,可能构成刑事犯罪。", u, SEO_B)
B("数据显示,某网贷平台每月发送催收短信达300万条,其中87%包含「联系单位领导」「告知亲属」等社交绑架话术。", u, SEO_B)
u = "http://taozhai.zhenggang.org/archives/1104"
B("这些短信往往以“24小时内处理”“将派工作人员上门”等措辞制造紧迫感,甚至附上法律条款或伪造的律师函,让接收者陷入恐慌。", u, SEO_B)
B("个人在收到短信时,有权要求对方提供债务合同原件、债权人委托书等法律文件,并可通过录音、截图等方式固定证据,为后续维权提供依据。", u, SEO_B)

# --- news.43jfw.com/n/27840 ------------------------------------------------------------
u = "https://news.43jfw.com/n/27840.html"
C("今天下午三点,工作人员将上门核实你的经济情况,请做好准备。", ["home_visit", "urgency"], u, SEO)
C("诉讼材料已提交法院,72小时后你将收到传票,成为失信被执行人。", ["legal_threat", "urgency", "credit_threat"], u, SEO)
B("然而,一个令人震惊的数据是:这类充满“上门催收”和“法院起诉”威胁的信息,90%以上都只是精心设计的催收话术,而非真实的法律程序。", u, SEO_B)
B("中国的消费信贷市场在过去十年中经历了爆发式增长。", u, SEO_B)

# --- 523it.com/g/123919 ------------------------------------------------------------------
u = "https://www.523it.com/g/123919.html"
C("已上报征信,影响子女前程", ["credit_threat"], u, SEO)
B("欠钱不还确实违约,该承担的还款责任逃不掉,但催收行为一旦越界,就从“讨债”变成了“违法”。", u, SEO_B)
B("本人知悉债务存在,但请依法合规催收,如继续发送威胁、骚扰信息,将依法追究法律责任。", u, "debtor's reply template in a legal-advice article (hard negative)")
B("所有骚扰短信、通话记录、微信截图,通通保存,建议做个电子档案,按时间排序,必要时还能申请公证,没有证据,再委屈也白搭。", u, SEO_B)

# --- news.43b.com.cn/a/1517304 (netizen-posted collector messages) ------------------------
u = "http://news.43b.com.cn/a/1517304.html"
C("这个钱你可以暂时先放一放,一分钱不用去处理了,把情况给父母沟通清楚,我现在打电话通知一下,让他们想办法帮你把这件事处理到位。", ["third_party_contact"], u, "collector message posted by a netizen, quoted in a news/self-media article")
B("近日,网友@白马跃潭通过社交平台发布动态称,国庆节期间把手机设置成飞行模式了,回来开机就看到了小催们写的“小作为”", u, "self-media article sentence about collection (hard negative)")

# --- glnlw / axdbkk ---------------------------------------------------------------------------
B("壹般妳逾期後,每天會收到很多以1068,1069開頭的短信短信的內容大致以:訴訟,仲裁,起訴,上門,凍結賬號,律師函為主。", "http://glnlw.com/duanxinpingtai/oax9ri59md.html", SEO_B)
B("许多借款人收到自称律师事务所发出的律师函短信,声称因逾期未还款,将采取法律行动。", "https://www.axdbkk.com/html_3/zaixianlushi/28763/list/1.html", SEO_B)

# --- 523it.com/g/120034 -------------------------------------------------------------------------
u = "https://www.523it.com/g/120034.html"
C("您名下的贷款已严重逾期,现启动司法调查程序,请于24小时内联系客服处理,否则将上报征信并追究法律责任。", ["legal_threat", "urgency", "credit_threat"], u, SEO)
C("您在XX平台的贷款已严重逾期,我方将于3日内向法院提起诉讼,请立即还款,避免影响征信及承担法律责任。", ["legal_threat", "urgency", "credit_threat"], u, SEO)
B("法律上有个基本原则:起诉必须由债权人(出借人)或其合法授权代理人,向有管辖权的法院提交书面诉状,并经法院立案受理后才算正式启动。", u, SEO_B)
B("很多所谓的“法务部”“风控中心”发来的通知,根本不是法院或律所的正式文书,甚至连债权人都不是,它们往往来自第三方催收公司,甚至是外包团队用自动化系统群发的“心理施压工具”。", u, SEO_B)

# --- batch 2 ---------------------------------------------------------------------------
TW_B = "TW news/legal sentence about debt collection (hard negative)"
HK_B = "HK news sentence about debt collection (hard negative)"

u = "https://www.stheadline.com/society/3538096"
B("有大律師形容事件是追債電話騙案的「進化版」，提醒市民保持冷靜，謹慎查證。", u, HK_B)
B("騙徒除偽造其公司名片，更出示印有市民個人資料的偽造「銀行委託信」，以加強說服力。", u, HK_B)
B("她強調，公司從未聘請該名男子，亦沒有替銀行追討欠債，「當市民（向我們）查詢這2點，已知道對方遇到騙徒。」", u, HK_B)

u = "https://www.ftvnews.com.tw/news/detail/2020505S08M1"
B("防疫期間,避免地下錢莊暴力討債,想借錢紓困,還是得循正常管道。", u, TW_B)
B("防疫期間不少人找上民間地下錢莊來借錢紓困,洪姓角頭在屏東一帶開設茶莊掩護地下錢莊", u, TW_B)

u = "http://jylawyer.com/sfws/bianhuci/20201204/15089.html"
B("根据W某某的讯问笔录、催收日志,许的催收日志等证据,可以发现,W某某都是通过微信或电话进行1对1沟通,并未通过轰炸通讯录的方式针对不特定的多数人实施滋扰", u, "defence brief in a collection case (hard negative)")
B("本案中,被害人Q某确实收到带有侮辱性的图片和短信,但除了带有花圈的图片之外,其他的图片和短信的内容均是明确Q某借款无法归还的事实,并未存在编造虚假信息的情况。", u, "defence brief in a collection case (hard negative)")
u = "https://fx361.cc/page/2018/0419/3418065.shtml"
B("被告人孙某因对被害人高甲享有债权,于2013年1月20日至2013年2月7日多次打电话、发短信对高甲进行辱骂、威胁、恐吓。", u, "legal case note about debt harassment (hard negative)")
B("关于本案的定性有两种意见。", u, "legal case note (hard negative)")
u = "https://hanspub.org/journal/PaperInformation?paperID=76842"
B("催收非法债务罪作为当前刑法分则体系中的轻罪和新罪,在该罪的基本性质中应当首先确立公共秩序的主要法益地位,其次是对公民人身权利的保护。", u, "law journal abstract (hard negative)")

u = "https://www.523it.com/g/120889.html"
C("尊敬的客户,您在我司的贷款已严重逾期,请立即还款,否则将上报征信并采取法律措施!", ["credit_threat", "urgency", "legal_threat"], u, SEO)
B("先打开银行App或正规金融平台查账单,确认是否真的没还,有时候是自动扣款失败、银行卡余额不足,或是系统延迟导致“技术性逾期”,这种情况及时补缴,并联系客服说明,通常不会产生严重后果。", u, SEO_B)
B("首先,咱们得明白一个基本逻辑,催告≠起诉,短信≠判决", u, SEO_B)

u = "http://www.daliw.com/hunan/259248.html"
B("“【XX市中级人民法院】您好,因XXX诉您借款合同纠纷一案(案号:(2024)XX民初1234号),申请人已向本院申请财产保全。经审查,本院已裁定冻结您名下XX银行尾号5678账户内存款,限额100,000元。如有疑问,请联系李法官:0XXX-XXXXXXX。请注意,法院不会通过短信索要验证码、密码等敏感信息。”", u, "article's example of what a genuine court preservation SMS looks like (illustrative; hard negative)")
B("首先咱们得明白,真正的司法冻结短信不会随便发。", u, SEO_B)

u = "https://falvchangshi.com/tags/31996.html"
C("xx,你涉嫌诈骗案件,如不按时出庭将面临刑期。", ["criminal_threat", "legal_threat"], u, "fake court SMS about a loan dispute, quoted from a Xiangzhou court anti-fraud notice")
B("法院短信不会发送或要求当事人提供身份证号码、银行账号等重要信息。", u, "court anti-fraud notice sentence (hard negative)")
B("香洲法院一般采用邮政EMS邮寄文书,封皮有“法院专递”标志。", u, "court anti-fraud notice sentence (hard negative)")

u = "http://www.scfzw.net/xmfz/91/117623.html"
B("冒充“执行局”、虚构“法务部”等法院部门,或使用“某法官”“书记员”等虚假职务,通过电话、短信编造涉嫌经济犯罪、恶意透支等理由制造恐慌。", u, "anti-fraud notice sentence (hard negative)")
B("诈骗分子常利用改号软件伪装法院办公电话,或通过私人手机号联系受害人,要求配合“远程办案”。", u, "anti-fraud notice sentence (hard negative)")

u = "https://www.ruicenter.com/xiaoxin/5126.html"
B("真正的法院短信会包含案号、当事人信息、承办法官或调解员、联系法庭等基本要素,并会引导当事人通过官方渠道(如法院官方网站、12368诉讼服务热线)进行核实。", u, SEO_B)
B("对于信用卡、网贷等金融纠纷,调解中心会作为中立第三方,促使债权债务双方就还款金额、期限、方式等进行协商。", u, SEO_B)
u = "https://www.happy-gou.cn/resourses/384977.html"
B("实际上,法院在正式起诉前,不会要求当事人缴纳任何费用。", u, SEO_B)

u = "http://news.43b.com.cn/a/1845166.html"
C("要让你全家都知道你欠钱不还", ["third_party_contact", "reputation"], u, "collector threat quoted in an article on a Zhejiang Xiangshan police case")
C("让你在公司待不下去", ["third_party_contact"], u, "collector threat quoted in an article on a Zhejiang Xiangshan police case")
B("但浙江象山这起警方通报的案子彻底说透了:“爆通讯录”这种催收,根本不是合法催债,而是实打实的犯罪,涉案的65个人从老板到催收员全被判刑,最高的坐了四年牢。", u, "self-media article on a police case (hard negative)")
B("更过分的是,催收员直接把她的欠款信息“爆”给了通讯录里的所有人。", u, "self-media article on a police case (hard negative)")

u = "https://sundama66.net/cj/21301.html"
C("今天不还钱就爆通讯录", ["third_party_contact", "urgency"], u, SEO)
C("等着收法院传票吧", ["legal_threat"], u, SEO)
B("频率超标:单日电话超3次/短信超1条(参考《互联网金融逾期债务催收自律公约》第16条)", u, SEO_B)

B("就在嚴悅喝藥搶救期間,“微粒貸”等網貸機構的催收信息仍在不停地發來。", "http://www.chandank.com/xin/2025/375801.html", "news sentence about collection messages (hard negative)")
B("催收本身不是问题,问题是手段不要超纲。", "http://laohangzhang.com/forum.php?goto=lastpost&mod=redirect&tid=9765", SEO_B)
B("其实,催收的目的就是搞垮你的心态,只要你承受不了,你就会想方设法去找钱还款。", "https://www.haihaome.cn/fuzhai/52.html", SEO_B)

u = "https://www.sla.org.tw/news/detail/60"
C("請於一百零九年十一月十九日前將上述卡號信用卡剪斷寄回,並結清積欠之所有款項共計新台幣 148,695元及嗣後欠款,台端應負擔之款項,以免增加貴我雙方之麻煩, XX 國際商業銀行信用卡中心催收科敬啟。", ["urgency"], u, "genuine TW bank card-stop/collection letter posted by a netizen (lawful, mild)")
B("本行依約定條款第二十一條之規定,特鄭重通知自民國一百零九年十一月十一日起,停止台端使用本行下列卡號信用卡:4514**09..5179**08..54", u, "genuine TW bank card-stop notice (hard negative)")

u = "https://news.ltn.com.tw/news/society/paper/1733662"
C("台中、彰化區市民某某參加114年度借錢不還，榮獲國家隊冠軍，特頒此狀以資鼓勵", ["reputation"], u, "TW: public shaming 'award' poster put up by a lender, quoted in news (LTN)")
B("PO文者發覺透過網路製造壓力的追債手法弄巧成拙，立即刪文，但少年就讀的國中週邊電線桿、反光鏡等處，卻被貼滿「借錢獎狀」", u, TW_B)
u = "https://udn.com/news/story/7321/9360239"
B("偵查時，陸男辯稱「一切都是為了討債」，但檢察官認為，這種非法處理、利用他人個資行為，已嚴重損害楊男的隱私權", u, TW_B)
u = "https://fastlaw.tw/answers/37L6Ga5VZoityOs9RdTM8538pde"
B("他們在網路上以及家人的Facebook 散發我的個人資料 身分證號碼 地址電話 現在要怎麼處理較好 。", u, "TW debtor's legal question (hard negative)")
B("依民法第205條規定:「約定利率,超過週年百分之十六者,債權人對於超過部分之利息,無請求權。」", u, TW_B)

u = "https://juduo.cc/society/9482149.html"
C("不還錢就找家人談", ["third_party_contact"], u, "collector line quoted in a TW legal blog")
C("今天不還就起訴你", ["urgency", "legal_threat"], u, "collector line quoted in a TW legal blog")
B("只有法院傳票才是真實起訴通知,催收員無權代表法院。", u, TW_B)

u = "https://hopass.tw/article/210"
B("暴力催收的核心,不一定是實際動手毆打,而是要讓借款人「日常生活失去安全感」。", u, TW_B)
B("借款人會害怕下班回家、擔心家人受牽連、甚至不敢接陌生電話。", u, TW_B)

u = "https://www.am730.com.hk/%E6%9C%AC%E5%9C%B0/1009542/%E9%AB%98%E5%88%A9%E8%B2%B8%E9%9B%86%E5%9C%98%E5%A0%B1%E5%81%87%E6%A1%88%E8%BF%AB%E5%82%B5%E4%BB%94%E9%82%84%E9%8C%A2-%E8%AD%A6%E6%8B%9828%E4%BA%BA%E6%9C%80%E7%B4%B0%E5%83%8514%E6%AD%B2"
B("經調查後，發現該單位住戶有無法償還的高利貸，住戶曾經收過恐嚇收數電話及訊息，單位亦曾經被淋紅油。", u, HK_B)
u = "https://www.hk01.com/%E7%AA%81%E7%99%BC/60267095/%E8%AD%A6%E6%90%97%E9%9D%9E%E6%B3%95%E6%94%B6%E5%82%B5%E6%94%B6%E6%95%B8%E9%9B%86%E5%9C%98%E6%8B%9823%E4%BA%BA-%E5%8C%85%E6%8B%AC16%E6%AD%B2%E9%AA%A8%E5%B9%B9-19%E6%AD%B2%E6%B7%8B%E6%B2%B9%E5%85%A7%E5%9C%B0%E9%9D%92%E5%B9%B4"
B("警方呼籲市民，切勿因貪圖快錢或受朋輩影響，參與非法活動。", u, HK_B)
B("當中，一名19歲內地青年在公屋淋油期間，被探員人贓俱獲。", u, HK_B)
u = "https://www.hk01.com/%E7%AA%81%E7%99%BC/60295265/%E8%AD%A6%E5%8F%8D%E9%9D%9E%E6%B3%95%E6%94%B6%E6%95%B8%E8%A1%8C%E5%8B%95-%E5%85%A8%E6%B8%AF%E5%A4%9A%E5%8D%80%E5%85%B118%E7%94%B7%E5%A5%B3%E8%A2%AB%E6%8D%95-%E6%AA%A2%E7%B4%85%E6%B2%B9%E7%AD%89%E8%AD%89%E7%89%A9"
B("根據香港法例，「刑事毀壞」最高刑罰為監禁10年，而「刑事恐嚇」最高刑罰則為監禁5年。", u, HK_B)

u = "https://www.lbk.com.tw/blog/detail?bid=2961"
B("律師函:表示已進入法務處理,信中可能提供聯絡窗口;千萬不要因為看到律師抬頭就直接丟掉,這往往是溝通條件的重要管道。", u, TW_B)
B("強制執行通知:代表欠銀行錢已正式進入執行程序,包含扣薪、查封存款或財產等,務必盡快尋求法律與財務專業協助。", u, TW_B)
u = "https://udn.com/news/story/7239/9298232"
B("二、春節連續假期期間，各銀行（含委外催收機構）停止一切催理作業，包含簡訊、信函、電話、拜訪、強制執行債務人之動產或不動產等一切活動。", u, TW_B)
B("銀行公會提醒，債務人切勿輕信不法代辦債務協商公司保證協商成功的承諾", u, TW_B)
u = "https://www.judicial.gov.tw/tw/cp-1450-1785-e18e0-1.html"
B("債務人於收受支付命令後20日內如果未提出異議,債權人可以拿確定之支付命令聲請法院強制執行債務人的財產。", u, "TW Judicial Yuan page on payment orders (hard negative)")
B("甲收到不明人士的存證信函,偽稱甲積欠其鉅額債務,請求清償,甲認 為係詐騙集團寄發的文件,不予理會", u, "TW Judicial Yuan page on payment orders (hard negative)")
u = "https://talk.ltn.com.tw/amp/article/paper/867327"
B("支付命令是一種簡捷的督促程序,債權人不用打官司,只要依《民事訴訟法》第五○八條規定,具狀陳明金錢債權之數額", u, "TW judge's op-ed (hard negative)")
u = "https://sf-debtdisputelawyer.com/newsdetail_2_1620.html"
B("債務人也須明白,欠債不還雖可能面臨民事訴訟及合法強制執行,但債權人無權採取任何私力救濟或非法手段", u, TW_B)

# --- batch 3 ---------------------------------------------------------------------------
B("收到短信称网贷逾期并已移交法务处理,这可能意味着你在某个网贷平台上的借款已经逾期,并且逾期情况可能比较严重,贷款机构已经将你的逾期案件移交给法务部门处理。", "https://www.271shop.com/news/715154.html", SEO_B)
B("律师函是一种正式的法律文件,通常用于正式通知对方采取或停止某种行为", "https://www.31013.cn/post/5442.html", SEO_B)

u = "https://www.523it.com/g/107247.html"
C("您在某平台的贷款已逾期,系统已自动提交至公安机关立案处理,请尽快还款,避免承担刑事责任。", ["criminal_threat", "urgency"], u, SEO)
C("已立案,即将开庭,请尽快还款", ["legal_threat", "urgency"], u, SEO)
C("xx金融已向法院提起诉讼,案号XXXX,将于X月X日开庭审理,请立即登录处理", ["legal_threat", "urgency"], u, SEO)
B("法院从不会让你在网上“一键还款”来撤诉。", u, SEO_B)
B("给你吃颗定心丸——绝大多数所谓的“开庭通知”短信,根本不是法院发的!", u, SEO_B)

B("逾期收到案情公告短信,主要是因为你在这个平台有借款,但是没有按时还款,逾期了。", "https://kwcd.bhwang.cn/dt/b24jASeZg5.html", SEO_B)

u = "https://www.523it.com/g/108862.html"
C("您因贷款长期逾期,已被正式立案,即将移交法院执行,请立即还款以免影响征信及人身自由!", ["legal_threat", "urgency", "credit_threat", "criminal_threat"], u, SEO)
C("您因贷款逾期未还,已正式立案,请立即还款以免影响征信及承担刑事责任", ["legal_threat", "urgency", "credit_threat", "criminal_threat"], u, SEO)
B("咱们得搞清楚一个基本逻辑:真正的司法程序,不会通过一条短信就“立案”,法院立案是有严格流程的,必须有债权人(比如银行、网贷平台)提交起诉状、证据材料,法院审查后才决定是否受理", u, SEO_B)
B("我见过有人因为害怕,稀里糊涂转了5000块“保证金”,结果发现对方账号根本不是法院的!", u, SEO_B)

u = "https://www.523it.com/g/87327.html"
C("尊敬的客户,您在我司的贷款已连续逾期3天,剩余本金XX万元,请立即还款,否则将上报征信并启动法律程序。", ["urgency", "credit_threat", "legal_threat"], u, SEO)
C("24小时内不还款将起诉!", ["urgency", "legal_threat"], u, SEO)
B("正规金融机构发送的短信,通常是带品牌名称的短信号码(招商银行】或【平安消费金融】),而不是一串纯数字或奇怪的境外号码,如果你收到的是 +852、+66 这类国际区号开头的,99%是诈骗。", u, SEO_B)

u = "https://www.csai.cn/loan/1442250.html"
C("已安排工作人员走访户籍地", ["home_visit"], u, "collector line quoted in a finance Q&A article (csai.cn)")
C("会联系村委/街道办核实情况", ["third_party_contact"], u, "collector line quoted in a finance Q&A article (csai.cn)")
B("先给结论:借呗逾期后收到“走访户籍地”的通知,有可能是真的,但概率极低;更多时候,是催收为了施压用的话术。", u, SEO_B)
B("你好,我们受蚂蚁消费金融委托,协助沟通你的债务问题,方便聊聊吗?", u, "example of a compliant contact line quoted in a finance article (hard negative)")

u = "http://guanxian.org/consult/yqdongtai/480745.html"
C("尊敬的紧急联系人您的朋友/家人已在平台上逾期还款,请您协助提醒他尽快解决。", ["third_party_contact"], u, SEO + "; message to an emergency contact")
C("假使您不配合解决,咱们将不得不采用进一步行动,涵但不限于法律诉讼。", ["legal_threat"], u, SEO + "; message to an emergency contact")
B("首先,我们要明白,催收发短信给紧急联系人打电话,其实是一种催收手段。", "https://www.xztdsg.com/yqjl/202503-19218.html", SEO_B)
B("仲裁说白了就是一种化解纠纷的形式,比打官司要快程序也简单点", "http://biji.yanggu.tv/xyqshan/16036756742.html", SEO_B)
B("收到仲裁通知≠已经被正式立案。", "http://cnjiayu.com.cn/ye/xyqan/0954749260.html", SEO_B)

u = "http://www.huashangw.com/shangye/show-1067075.html"
B("不法分子冒充贷款机构催收人员,以“逾期罚息翻倍”“纳入失信名单”“上门催收”“影响子女升学”“将被起诉”等话术恐吓消费者,谎称需立即转账还款才能减免罚息、撤销逾期记录,诱导消费者向其提供的私人账户转账,转账后失联,消费者逾期问题并未解决。", u, "regulator (Beijing NFRA office) consumer warning quoted in news (hard negative)")
B("收到催收短信后,切勿直接点击链接或拨打短信中的电话。", u, "regulator consumer warning quoted in news (hard negative)")
B("不法分子声称代表银行进行“债务重组”或“停息挂账”协商,骗取消费者信任后,索要高额“手续费”“咨询费”或“材料费”,并承诺办理成功后再收费,待费用到手后,对方随即失联。", u, "regulator consumer warning quoted in news (hard negative)")

u = "http://buycar.yuqi.tlcl.net.cn/xyqaa-18959160.html"
C("您已逾期,请立即应对否则将派专员上门", ["home_visit", "urgency"], u, SEO)
B("正规机构不会用170/171开头号码,更不会利用“10086”等运营商号码冒充。", u, SEO_B)

u = "https://www.yeyulingfeng.com/317759.html"
C("【XX银行】您的信用卡已逾期,点击链接立即还款,避免影响征信:http://t.cn/xxx", ["credit_threat", "payment_red_flag", "urgency"], u, SEO + "; repay-by-link")
C("【XX平台】您有一笔欠款未处理,点击查看欠款明细:https://bit.ly/xxx", ["payment_red_flag"], u, SEO + "; repay-by-link")
B("负债逾期后,手机里的催收短信、App推送像“定时炸弹”一样频繁响起。", u, SEO_B)

B("催收人员上门,银行或网贷平台一般会提前通知,而且绝对不会通过微信这种不正式的方式先告知你。", "https://kwcd.bhwang.cn/rd/EpNsGRNCT3.html", SEO_B)
u = "https://m.csai.cn/loan/1412443.html"
B("1068催收信息的抬头是贷款平台名称,内容包括用户的姓名,逾期的金额、逾期的时间等基本信息。", u, SEO_B)
B("结论:这种短信就是明显的诈骗短信,任何假冒贷款平台要求加私人微信、QQ的行为都有诈骗嫌疑。", u, SEO_B)
u = "https://www.xiaoencien.com/Y/15541.html"
C("【XX消费金融】您已严重逾期将上报征信,请立即还款!", ["credit_threat", "urgency"], u, "collection SMS quoted in a blog post (author says it was sent to them in error)")
B("这种情况今年特别多,根据人行数据,2023年虚假催收报案量同比激增230%。", u, SEO_B)

# --- batch 4 ---------------------------------------------------------------------------
u = "https://news.ltn.com.tw/amp/news/society/paper/787874"
C("您的民事賠償訴訟通知單", ["impersonation", "legal_threat"], u, "TW: fake SMS signed 台北地方法院 with a link, quoted in news (LTN 2014)")
B("台北地院昨特別澄清,法院審理民事訴訟案件,若需連絡當事人,會以雙掛號送達,僅少數緊急狀態,才由書記官打電話連絡當事人,強調絕不會用簡訊、LINE等方式通知當事人。", u, TW_B)

u = "https://m.falvchangshi.com/xykyq/75809.html"
C("尊敬的用户XXX,您的分期贷恶意不还,即将在户籍辖区法院立案,3小时内还款可撤案......", ["legal_threat", "urgency"], u, "fake collection SMS quoted in a police anti-fraud centre warning (Dehong); line breaks removed")
B("不要相信所谓的“转账验资”,根本不存在这一说法;不要给任何陌生账户转账汇款,谨防被骗!", u, "police anti-fraud warning sentence (hard negative)")
B("收到类似短信千万不要轻信,更不要点击短信中的链接或拨打短信中的电话,应该自行找官方银行核实,避免掉入诈骗陷阱。", u, "police anti-fraud warning sentence (hard negative)")

u = "https://cofacts.g0v.tw/article/3ohrm2n378ql3"
B("若您有輸入信用卡卡號,並遭盜刷,請立即連絡信用卡公司,告知有點擊不明簡訊連結,要求查詢近期刷卡紀錄", u, "Cofacts fact-check text about phishing SMS (hard negative)")
u = "https://justlaw.com.tw/News01.php?id=6311&page=24"
B("97年3月,張某受託向蔡姓男子催討賭債,張某帶小弟跑到蔡某公司附近,把「殺~很大」等傳單夾放在附近車子上,還發送給蔡某的同業跟客戶,讓蔡某非常丟臉,只好告對方恐嚇。", u, TW_B)
B("檢方上訴高院,高院細查「殺~很大」的意思,發現眾說紛紜", u, TW_B)

u = "https://nanmuxuan.com/zh-my/complex/wvsxhgpmnl.html"
C("你是XXX的朋友嗎 ?他在我們這裏借了錢,需要你聯繫上他,不然我們會登門拜訪。", ["third_party_contact", "home_visit"], u, "collector call to a borrower's friend, quoted in a personal essay (Traditional-script mirror)")
C("您好,請問是Xxx的朋友嗎?是這樣的,您的朋友借了我們一筆錢,不多,但是我們聯繫不上他,您能幫我們一下嗎", ["third_party_contact"], u, "collector call to a borrower's friend, quoted in a personal essay (Traditional-script mirror)")
B("是為了讓借款的人在親戚朋友那裏顏面掃地,面子上掛不住,去還款。", u, "personal essay sentence about contact-list collection (hard negative)")

u = "https://news.loveown.net/article/617669.html"
C("外访人员已上门,请保持有人在家。", ["home_visit"], u, "WeChat collection message quoted in a news feature on a debtor's suicide (Hunan, 2025)")
C("家人知道吗?爸妈知道吗?一小时不处理,家里人得替你扛。", ["third_party_contact", "urgency"], u, "WeChat collection message quoted in a news feature on a debtor's suicide (Hunan, 2025)")
B("起初催收还客气,“提醒您还款”之类的。", u, NEWS_B)
B("私人号码开始进账,语气越来越硬,“上报征信”“关闭分期”还算轻的。", u, NEWS_B)

u = "https://taozhai.320500.cn/?p=9681"
C("再不还钱,明天全公司都会收到你的!", ["third_party_contact", "reputation", "urgency"], u, SEO)
B("同样在2025年央视315晚会上,记者曝光了广东6家催收公司的黑幕:AI合成恐吓语音、伪造律师函、向债务人亲友发送P图恐吓……", u, SEO_B)
u = "https://taozhai.320500.cn/9953"
B("虚假律师函与诉讼恐吓同样常见。", u, SEO_B)
u = "https://taozhai.320500.cn/8961"
B("法律明确规定,公检法机构不会通过电话或短信通知案件进展,所有法律文书必须经正规渠道送达;还款必须通过对公账户或官方APP完成。", u, SEO_B)
B("其实接不接电话,对我来说不只是应付,更算一份待人的基本体面。", "https://www.163.com/dy/article/KBFU2GPU055615S6.html", "debtor's diary sentence about collection calls (hard negative)")

# --- batch 5 ---------------------------------------------------------------------------
u = "https://portal.sina.com.hk/news-china/sina/2024/10/21/1014614/%E8%87%A5%E5%BA%95%E5%82%AC%E6%94%B6%E5%85%AC%E5%8F%B830%E5%A4%A9%EF%BC%8C%E8%A8%98%E8%80%85%E7%9C%8B%E5%88%B0%E7%9A%84%E3%80%8C%E6%9A%B4%E5%8A%9B%E5%82%AC%E6%94%B6%E3%80%8D%E9%87%8D%E7%81%BD%E5%8D%80"
B("暗訪中發現在上述公司在催收實操中存在不少亂象,有的甚至觸及法律底線。", u, "news (The Paper undercover report, Traditional-script copy) sentence (hard negative)")
B("催收公司作為專業處理債務催收的機構,代表銀行、金融機構等,負責追討逾期未還的債務。", u, "news (The Paper undercover report, Traditional-script copy) sentence (hard negative)")
u = "https://shiyuntong.com.cn/xinwenzhongxin/gongsixinwen/237.html"
B("5月15日,中国互联网金融协会发布《互联网金融贷后催收业务指引》,从实操层面对催收行为和催收行业提出诸多规范要求。", u, "news (The Paper undercover report, reposted) sentence (hard negative)")

u = "http://lylaw.tw/article-content.asp?ids=64"
C("你再不還錢,我就告你!", ["legal_threat"], u, "TW lawyer article's example of a creditor's (lawful-if-true) threat to sue")
C("你等著收我的律師函!", ["legal_threat"], u, "TW lawyer article's example of a creditor's (lawful-if-true) threat")
B("可以先給大家一個初步的結論:通常情況下,單純揚言要提起訴訟或採取法律途徑,並不會構成恐嚇罪。", u, TW_B)
u = "https://www.lawpanda.tw/blog/?p=13484"
B("值得注意的是,行使正當權利的預告,通常不構成恐嚇罪。例如正當催討債務、預告將提告、報警或申請強制執行,原則上屬於合法手段,除非夾帶不法加害的暗示或手段,才可能逾越界線。", u, TW_B)

u = "https://ttnews.xyz/a/5bb14e42dc9b5e62c0593ad5"
B("近年來,部分職業討債人員開始以上門“談心”、貼身跟蹤、蹲守,張貼大字等方式,通過“軟暴力”來討債。", u, "news sentence on soft-violence collection, Traditional-script copy (hard negative)")
B("一些受害人無法忍受各種催收手段,乾脆換掉手機號碼,甚至給親戚朋友也換了號碼。", u, "news sentence on soft-violence collection, Traditional-script copy (hard negative)")
u = "https://wxredian.com/art?id=fb2e2774184cd56e62b14527618be2e1"
B("2021年至2023年期间,该公司为谋取利益,对100余名被害人实施了“软暴力”催收,包括但不限于频繁拨打电话、以被害人名义多次点外卖上门、恶意向被害人单位骚扰举报、威胁送花圈、拉横幅等手段,导致多家单位及相关人员无法正常生活、工作。", u, "court case summary (Bowang court) sentence (hard negative)")
B("最终,被告人谢某某等十三人犯寻衅滋事罪,被判处拘役至有期徒刑不等的刑期,并依法追缴违法所得。", u, "court case summary sentence (hard negative)")
u = "http://6773257.com/newsDetail_forward_21368293"
B("趙某組織公司從事網絡貸款催收業務,在對廣州市某派出所的輔警進行電話催收時,竟然惡意占用報警電話線路,騷擾辦公電話19小時有余", u, "commentary on an SPP typical case, Traditional-script copy (hard negative)")
u = "http://58duanxin.com/wenda/3128.html"
B("5月9日,章贡区法院公开开庭审理了张某等5名被告人涉嫌犯寻衅滋事罪、敲诈勒索罪、非法侵入住宅罪一案。", u, NEWS_B)
u = "https://m.falvchangshi.com/xfxcs/319280.html"
B("犯催收非法债务罪,判处有期徒刑七个月,并处罚金人民币二万元。", u, "lawyer's case summary (hard negative)")
u = "https://taozhai.zhenggang.org/?p=6696"
B("深夜的陌生来电、家门口的恶意涂鸦、频繁的恐吓短信……这些场景正成为许多负债者家庭的生活常态。", u, SEO_B)

# --- batch 6 ---------------------------------------------------------------------------
u = "https://www.weilaishidai.com/article/e91bba436ec1f063.html"
C("你妈卖了淫,你爸赌了博,还是你吸了毒?老板怎么不发你工资啊?我去帮你要?", ["abuse", "third_party_contact"], u, "collector's words on a recorded call, quoted in a lender employee's first-person account")
u = "http://gphztz.com/page152.html?article_id=24648&pagenum=2"
C("你早干嘛去了?女儿带饭关我屁事?", ["abuse"], u, "collector's words on a recorded call, quoted in a lender employee's first-person account")
B("他限定单亲妈妈必须在当天还清所有债务,不然就爆她的通讯录,把她欠债的事,通知到每一位亲友。", u, "first-person account describing a collector (hard negative)")

u = "https://miantaihao.com/bbs/50575.html"
B("我现在经济困难,但愿意协商还款。如果你们继续骚扰我通讯录里的人,我会保留证据投诉。", u, "debtor's reply template in an advice article (hard negative)")
B("最近有不法分子冒充网贷平台骚扰我的亲友,大家接到陌生电话直接挂断,千万别信!", u, "suggested WeChat-moments notice to friends in an advice article (hard negative)")
u = "https://www.hefeilaws.com/hf/1304926.html"
B("当你在手机上点下“立即借款”的那一刻,几乎所有的网贷APP都会弹出一个授权页面,写着“允许访问通讯录”“用于风险评估”之类的字眼", u, SEO_B)
B("但注意:你同意授权,不代表平台可以随意滥用!", u, SEO_B)
u = "http://www.jnsjmc.com/weihai/0907-Mu-tY2dhO.html"
B("羊城晚报记者调查发现,用户在注册网贷平台时,往往需默认勾选隐私授权协议,交出包括通讯录、短信、实时定位等在内的大量敏感信息。", u, "news (Yangcheng Evening News, reposted) sentence (hard negative)")
B("借了网贷,通讯录就被“爆了”,定位也遭泄露了,还有人冒充法院打来威胁电话......这并不是个例,在黑猫投诉平台上,以“暴力催收”为关键词进行搜索,相关投诉多达86.5万余条。", u, "news (Yangcheng Evening News, reposted) sentence (hard negative)")
u = "http://www.tsxingyuan.com/luohe/0914-zg-QNvvab.html"
B("為回應公眾對催收亂象的關注,國家標準化管理委員會於2025年3月13日發布了《互聯網金融 個人網絡消費信貸 貸後催收風控指引》,明確禁止在每日22:00至次日8:00進行催收,亦不得主動聯係債務人聯係人。", u, "news (Yangcheng Evening News, Traditional-script copy) sentence (hard negative)")
u = "http://www.dongbeigou.com/post/52937.html"
B("网贷逾期最让人焦虑的往往不是催收电话本身,而是通讯录里的亲友被卷入这场风波。", u, SEO_B)
B("部分平台在注册环节要求手动填写紧急联系人。", u, SEO_B)
u = "https://www.hezi.show/article/29284.html"
B("当你的通讯录开始被骚扰,很多人第一反应是“愤怒”或者“删除APP”,但这恰恰是错误的处理方式。", u, SEO_B)

# --- lending/finance SMS templates in public code -------------------------------------
u = "gaolizhan/rongke rongke-common/src/main/java/com/rongke/commons/constant/MsgTemplate.java"
B("亲爱的用户，您有账单将于3天后即{0}到期，请及时操作处理，可打开APP查看详情。", u, "lending-app SMS template in public code: pre-due reminder (genuine reminder)")
B("您有账单今天到期，为不影响征信，请及时操作处理。APP下载请关注微信公共号：浙江易融花。如已还清，请忽略。", u, "lending-app SMS template in public code: due-today reminder mentioning credit record (genuine reminder, hard negative)")
B("亲爱的用户，您的本期账单已处理，您良好的行为是对我们最大的支持，可打开APP，查看详情。", u, "lending-app SMS template in public code: payment received (genuine notice)")
C("{0}先生/女士，您在易融花的借款已经逾期{1}天，请及时还款，以免影响个人信用！如已还清，请忽略~~可打开APP查看详情。", ["credit_threat"], u, "lending-app overdue SMS template in public code (mild, lawful-if-true)")
u = "tuotiansudai/tuotiansudai v1/db_migration/V2015_06_15_15_44__add_loan_out_successful_message_template.sql"
B("尊敬的拓天速贷客户，您在平台的项目借款 “{loanName}” 已成功放款，您的投资金额为{money}元。【拓天速贷】", u, "P2P platform SMS template in public code: loan disbursed (genuine notice)")
u = "xyy277/eysh project/web/sc-app/sc-web/src/main/resources/sql/oracle/init_sms_code.sql"
B("【双创合肥】您好，您正在进行修改密码操作，您的短信验证码为${number}。", u, "platform SMS template in public code: verification code (genuine notice)")
B("【双创合肥】您好，您有一条新需求信息需要处理，需求编码为${number}，请及时处理。", u, "platform SMS template in public code (genuine notice)")
B("【双创合肥】您好，您有一条新订单需要处理，订单编号为${number}，请及时处理。", u, "platform SMS template in public code (genuine notice)")
B("【双创合肥】您好，您有一条投诉信息，请及时处理。", u, "platform SMS template in public code (genuine notice)")
u = "https://easy-law.net/blog/debt/collection/debt-collection-legal-guide"
B("事實上,法律允許公司經營「應收帳款管理」或「債務管理顧問」業務,但對其經營資格和行為方式設有嚴格的界線。", u, TW_B)
u = "https://sf-debtdisputelawyer.com/newsdetail_2_915.html"
B("面對金融機構將債務委外給資產管理公司或催收公司處理的情形,身為債務人最重要的是要理解:即使欠款屬實,也不表示任何催收手段都是合法的。", u, TW_B)

# --- batch 7 (extension: news, court, police, TW/HK) ------------------------------------
u = "https://udn.com/news/story/7321/9172021"
C("〇〇欠錢不還、人在做天在看，舉頭三尺有神明，欠錢還錢天經地義，欠錢不還天理難容", ["reputation"], u, "TW: banner a creditor hung on a truck outside the debtor's home, quoted in a Taichung court ruling reported in news (UDN)")
C("〇〇不要再欠別人錢，也不要再欠我錢", ["reputation"], u, "TW: loudspeaker broadcast outside the debtor's home, quoted in a Taichung court ruling reported in news (UDN)")
B("林男對黃男有債權存債，應循合法途徑催討，捨此不為，反以綁布條、大聲公等方式，催討債務，顯已逾越一般社會大眾觀念所容許的合理範圍", u, TW_B)
u = "https://news.ltn.com.tw/news/society/breakingnews/5326081"
C("要還錢喔！快還錢喔！", ["reputation", "urgency"], u, "TW: creditor shouting in public while throwing leaflets, quoted in news (LTN)")
u = "https://easy-law.net/blog/debt/collection/illegal-debt-collection-taiwan"
C("我要讓你家破人亡", ["abuse"], u, "TW legal blog's example of an unlawful collector threat (illustrative)")
u = "https://tw.news.yahoo.com/%E5%A4%AA%E9%99%BD%E8%81%AF%E7%9B%9F%E4%BB%BD%E5%AD%90%E6%B6%89%E6%9A%B4%E5%8A%9B%E8%A8%8E%E5%82%B5-%E7%82%BA2700%E8%90%AC%E7%A0%B8%E8%9B%8B-%E6%BD%91%E6%BC%86-163600299.html"
C("若要提告、一翻兩瞪眼、大家都別營業", ["abuse"], u, "TW: note stuck on a debtor's shutter by a gang collecting a debt, quoted in news (Yahoo/TVBS-style report on 太陽聯盟 violent collection)")
B("刑事局四大隊副大隊長賴耀宗：「蔡姓主嫌因與被害人合夥投資生意，發生債務糾紛，竟然指揮幫派成員對被害人進行恐嚇、跟監及暴力討債。」", u, TW_B)
u = "https://udn.com/news/story/7321/9164399"
B("台北市大同區某間飯店疑因債務糾紛，8至9月間陸續遭人撒冥紙、丟雞蛋恐嚇。", u, TW_B)
u = "https://udn.com/news/story/7321/9360239"
C("看到此人請打電話", ["reputation"], u, "TW: text of a 'wanted' poster with the debtor's promissory-note photo put up around his home by creditors, quoted in news (UDN)")
u = "https://www.weilaishidai.com/article/e91bba436ec1f063.html"
C("就他妈2000块,你装什么装?", ["abuse"], u, "collector's words on a recorded call, quoted in a lender employee's first-person account")
u = "https://www.523it.com/g/83328.html"
C("您尾号****的贷款账户已严重逾期,请立即还款,否则将上报征信并移交法务部门处理!", ["credit_threat", "urgency", "legal_threat"], u, SEO)
C("再不还钱就抓你坐牢", ["criminal_threat"], u, SEO + "; listed as an unlawful threat line")
B("【XX银行】尊敬的客户张伟,您在我行办理的“个人消费贷”(合同号:CB20240315XXXX)截至今日已逾期7日,当前欠款本金+利息合计¥8,642.30,请于3日内通过手机银行或网点完成还款,以免影响信用记录,详询95XXX或登录官方APP查询,退订回T", u, "article's model of a compliant bank overdue SMS (illustrative; hard negative: genuine-style reminder)")
B("真正的金融机构不会用恐吓式语言群发短信催收", u, SEO_B)
u = "https://www.523it.com/g/124373.html"
C("您因贷款长期逾期,已被列入金融诈骗名单,案件已移交公安机关,将依法采取强制措施,请立即联系XXX处理。", ["criminal_threat", "credit_threat", "urgency"], u, SEO)
B("咱得明白一件事:正规金融机构或司法机关,从不会通过短信、电话直接通知你“涉嫌犯罪”并要求转账或提供验证码。", u, SEO_B)
u = "https://www.523it.com/g/106476.html"
C("尊敬的客户,您在我司的贷款已严重逾期,构成合同违约,我方将依法启动诉讼程序,可能面临刑事责任,请立即还款以免影响征信及人身自由!", ["legal_threat", "criminal_threat", "urgency", "credit_threat"], u, SEO)
B("记住一句话:民事债务不等于刑事犯罪,欠钱不还,一般只是“赖账”,不是“犯罪”,除非你有恶意骗贷、伪造资料等行为,否则不会坐牢。", u, SEO_B)
u = "https://www.523it.com/g/93313.html"
C("您因贷款逾期涉嫌贷款诈骗,已移交公安机关处理,请立即还款,否则追究刑事责任。", ["criminal_threat", "urgency"], u, SEO)
C("尊敬的客户,您在我司的贷款已逾期,请尽快还款,以免影响征信!", ["credit_threat", "urgency"], u, SEO)
B("我们得先搞明白一个法律常识:民事违约和刑事犯罪,是两码事。", u, SEO_B)
u = "https://www.523it.com/g/104997.html"
C("您在XX银行的贷款已严重逾期,请立即还款,否则将上报征信并采取法律措施!", ["credit_threat", "urgency", "legal_threat"], u, SEO)
B("首先得明确一点:确实有正规金融机构会通过短信提醒贷款逾期,比如银行、持牌消费金融公司、正规网贷平台等,但与此同时,冒充机构发送虚假催收短信的诈骗行为也越来越多,尤其是针对对征信敏感、担心影响工作生活的人群。", u, SEO_B)
u = "https://www.523it.com/g/115530.html"
C("不还钱就上门抓人", ["home_visit", "criminal_threat"], u, SEO + "; listed as an unlawful threat line")
C("直接起诉冻结资产", ["legal_threat"], u, SEO + "; listed as an unlawful threat line")
u = "https://www.dlllqs.com/qx/101160.html"
C("不还钱就让全村都知道你欠债", ["reputation", "third_party_contact"], u, SEO + "; threat line the article says accompanies contact-list harassment")
B("所谓爆通讯录,就是催收方在借款人逾期后,通过高频拨打、群发短信等方式骚扰其手机通讯录里的亲友同事,试图用社会关系施压迫使还款。", u, SEO_B)
u = "https://www.dlllqs.com/qx/17986.html"
C("【XX金融】关于您拖欠贷款一案,我方将于24小时内向法院申请诉前财产保全,冻结名下所有账户,请立即还款xxxx元撤回申请。", ["legal_threat", "urgency"], u, SEO + "; the article says such SMS come with a private account for 'withdrawal' payment")
B("关键区别:法院绝不会用私人手机发短信,更不会让借款人转账到个人账户。", u, SEO_B)
u = "http://tsxnews.com.cn/2024falv/yqxieshang/609493.html"
C("尊敬的使用者,您因逾期未偿还某网贷平台的借款,已被提交至十堰仲裁委员会实行仲裁。如需理解详情,请拨打咱们的电话……", ["legal_threat"], u, SEO + "; machine-reworded ('spun') SEO text, wording as published")
u = "http://guanxian.org/consult/yqdongtai/55833.html"
C("尊敬的客户您好,咱们是网贷公司,在此向您发送短信,是因为近期您在我司申请的电话借款存在逾期情况。为尽快解决您的债务疑问,我司将派遣外访人员前往您的家中或工作地点实行。请您予以配合。", ["home_visit"], u, SEO + "; machine-reworded ('spun') SEO text, wording as published")
u = "http://rbchexian.com/100639.html"
B("2015年4月至2019年4月间,元海公司业务员在催收过程中,采用发送PS淫秽图片、群呼、使用轰炸软件发短信等“软暴力”手段,对欠款人及其紧急联系人、通讯录联系人进行滋扰、言语辱骂、威胁、恐吓。", "https://ssfb86.com/index/News/detail/newsid/11965.html", "SPP typical case (元海公司 soft-violence collection) sentence (hard negative)")
u = "https://www.zhongjiyangmei.com/list_7/5848.html"
B("监管部门建议,消费者遇到类似短信,首先要通过官方渠道核实债务真实性,不点击陌生链接。", u, "regulator warning reported in news (hard negative)")
u = "https://www.stheadline.com/zh-hans/breaking-news/3552617/%E9%AA%97%E5%BE%92%E6%89%AE%E5%A4%A7%E8%80%B3%E7%AA%BF%E8%BF%BD%E6%95%B0%E6%B6%8C%E7%8E%B0-%E8%AD%A6%E4%B8%A4%E6%98%9F%E6%9C%9F%E6%8E%A587%E5%AE%97%E6%9F%A5%E8%AF%A2-%E6%9C%89%E6%95%99%E5%B8%88%E4%B8%8A%E5%BD%93%E5%A4%B1%E4%B8%87%E5%85%83"
B("警方今日（3月13日）在社交平台呼吁，慎防有骗徒自称为债主，以说出个人资料为要胁，迫使根本没有欠债的市民出于忧心下自行过数。", u, "HK news sentence on fake debt collectors (hard negative)")
B("警方呼吁市民如收到类似讯息，应保持冷静，不要即时回应或转帐；随后主动查证及再三核实，切勿轻信对方身份，强调骗徒有机会是通过非法手段取得其个人资料。", u, "HK news sentence on fake debt collectors (hard negative)")
u = "https://www.ettoday.net/news/20251126/3073779.htm"
B("帶頭的潘姓男子等人，從8月中旬陸續跑到酒店門口站崗，除了每週派人前往酒店，在門口不緊張貼恐嚇紙條，且更在10月間更為囂張，跑到其他分店進行騷擾", u, TW_B)
u = "http://orientaldaily.on.cc/cnt/news/20140913/00176_091.html"
B("香港童軍總會黃大仙分會離奇被淋油追數!", u, HK_B)
u = "https://hznews.hangzhou.com.cn/shehui/content/2010-09/09/content_3419559.htm"
C("狗日王××,欠债还钱!", ["abuse", "reputation"], u, "graffiti sprayed by debt collectors in a Hangzhou stairwell, quoted in news (Hangzhou Kuaibao 2010)")
B("顺着楼梯往上走,楼道墙上满是喷的大红字,歪歪扭扭,大意都是催债还钱之类的口号。", u, NEWS_B)
u = "https://udn.com/news/story/7320/9324825"
B("鐵門被撬開且砸出凹洞，鐵窗也被砸斷，還有人拿著紅色噴漆朝機車及外牆亂噴，甚至噴出「還錢」等字，警告意味厚。", u, TW_B)
u = "https://www.stheadline.com/breaking-news/3542389/%E9%AB%98%E5%88%A9%E8%B2%B8%E9%9B%86%E5%9C%98%E5%A0%B1%E5%81%87%E6%A1%88%E8%BF%AB%E5%82%B5%E4%BB%94%E9%82%84%E9%8C%A2-%E6%8B%9B%E6%94%AC14%E6%AD%B2%E5%AD%B8%E7%94%9F%E4%B8%8A%E9%96%80%E6%B7%8B%E6%B2%B9-%E8%AD%A6%E6%8B%9828%E7%94%B7%E5%A5%B3%E6%B6%89%E6%AC%BE2900%E8%90%AC"
B("消息稱，3名未成年人士均為學生，在社交平台被招攬搵快錢，3人互不認識，負責上門淋紅油收債。", u, HK_B)
B("警方指，虛報案件的違法行為，會構成「浪費警力」或俗稱「報假案」的刑事罪", u, HK_B)
u = "https://www.hk01.com/%E7%AA%81%E7%99%BC/565518/13%E7%94%B7%E6%B6%8953%E5%AE%97%E9%9D%9E%E6%B3%95%E6%94%B6%E5%82%B5%E8%A2%AB%E6%8D%95-%E5%8C%85%E6%8B%AC7%E5%90%8D%E4%B8%AD%E5%AD%B8%E7%94%9F-2%E4%BA%BA%E7%A9%BF%E6%A0%A1%E6%9C%8D%E7%8A%AF%E6%A1%88"
B("觀塘警區反三合會行動組督察劉啟彥講交代案情時指,非法收債集團透過不知名電話傳訊息予受害人宣傳借貸,當受害人借錢後未能按時還款,便以不同手段滋擾受害人,包括撥打收數電話、短訊、淋油漆、塞鎖匙窿以及張貼收數字條。", u, HK_B)
B("有受害人表示當無力償還債務時,非法收債集團便聲稱需收取行政費及罰息,相關行為與高利貸無異。", u, HK_B)
u = "https://tw.news.yahoo.com/%E8%A8%8E%E5%82%B5%E6%92%92%E9%80%BE2%E5%8D%83%E5%BC%B5%E5%AE%A3%E5%82%B3%E5%96%AE-%E9%8E%AE%E9%95%B7-%E6%97%A9%E5%B8%B6%E5%90%8C%E4%BB%81%E6%92%BF%E4%BA%862%E5%80%8B%E5%8D%8A%E5%B0%8F%E6%99%82-035748887.html"
B("彭成豐推測，亂丟傳單者應不是鎮民，因為地方民眾會透過地方關係找債務人協商，呼籲要求返還欠債仍需尋正常合法管道。", u, TW_B)
u = "http://cqcb.com/headline/2018-11-09/1220606_pc.html"
B("中国青年报消息,手机一边不断接到网络电话“呼死你”,一边还被各种网络平台骚扰短信持续轰炸……从事辅导员工作9个年头了,哈尔滨幼儿师范高等专科学校范雪阳仍清楚地记得8年前被校园贷催债方威胁的经历。", u, NEWS_B)

# --- batch 8 -----------------------------------------------------------------------------
u = "https://www.523it.com/g/123919.html"
C("再不还钱就上门催收", ["home_visit"], u, SEO + "; one of the SMS the article says borrowers receive")
u = "http://cshtsb.com/info/384813.html"
C("一會兒一會兒幾個一會兒了?拿我話當放屁是吧!行,你等著,我讓你過個好年,讓你爸你媽你姐都過個好年!", ["abuse", "third_party_contact"], u, "collector's words on a phone call, quoted in a feature story about a collection agent (Traditional-script mirror of a mainland feature; script as published)")
B("對趙剛這樣的催收專員來說,“迅速醞釀憤怒”和“撂狠話”是基本的職業素養,從行業新人到公司的業績翹楚,除了憑借聰明、勤奮和運氣之外,還依靠他簡歷上難以具細的“社會經驗”。", u, "feature story sentence about a collection agent, Traditional-script mirror (hard negative)")
u = "https://turnnewsapp.com/ct-featured/332674.html"
B("台水、台電公司配合數位發展部推行「111短碼簡訊」政策,自今年1月起,已統一由政府專屬簡訊平台發送短碼「111」簡訊,呼籲民眾認明「111」才是官方簡訊來源。", u, "TW news sentence on genuine utility payment reminders (hard negative)")
B("而且台水、台電「催繳簡訊」亦不會提供任何短網址連結,民眾若接獲任何可疑簡訊 (陌生電話、+63等國際碼),請務必提高警覺,切莫輕信上當。", u, "TW news sentence on genuine utility payment reminders (hard negative)")
u = "https://hd.stheadline.com/ncov/news-detail.php?r=1941555&y=2023"
B("元朗警區刑事部人員接手調查,經進一步調查後,發現被捕人涉嫌與今年五月至七月期間在全港各區發生的43宗非法收債案件有關,他們涉嫌到借貸人的住所淋潑油漆,來恐嚇借貸人盡快償還款項。", u, HK_B)
u = "https://www.hk01.com/%E7%AA%81%E7%99%BC/231554/%E8%BF%BD%E5%82%B5%E7%96%91%E9%9B%B2-%E6%9C%89%E7%89%87-%E5%85%A9%E6%89%BE%E6%8F%9B%E5%BA%97%E5%87%8C%E6%99%A8%E9%81%AD%E6%B7%8B%E7%B4%85%E6%B2%B9-%E5%A4%A7%E5%AD%97%E5%A0%B1%E6%95%A3%E8%90%BD%E4%B8%80%E5%9C%B0"
B("凌晨3時許,長沙灣昌華街與元州街交界,一間已經打烊的找換店,其大閘被人淋上紅油。", u, HK_B)
u = "https://www.hk01.com/%E7%AA%81%E7%99%BC/60236734/%E8%91%B5%E6%B6%8C%E7%9F%B3%E7%B1%AC%E9%82%A8%E5%96%AE%E4%BD%8D%E9%81%AD%E6%B7%8B%E7%B4%85%E6%B2%B9-%E8%AD%A6%E6%9F%A5%E5%A4%A7%E9%87%8F%E5%A4%A9%E7%9C%BC-%E9%80%BE%E4%B8%80%E5%91%A8%E5%BE%8C%E6%8B%9831%E6%AD%B2%E7%94%B7"
B("警方上月30日接獲葵涌石籬(二)邨一名住戶報案,指其住所鐵閘及大門,均被淋上紅油收債。", u, HK_B)
u = "https://www.familydoctor.com.cn/ysnews/xyqzhai/27541493.html"
B("律师函一般是通过正式渠道寄送的,像中国邮政EMS这种靠谱的途径。", u, SEO_B)
u = "https://www.hefeilaws.com/hf/1307153.html"
C("您因网贷逾期,已被纳入金融调解程序,请尽快联系调解中心处理。", ["legal_threat", "urgency"], u, SEO + "; 'mediation centre' SMS (mediation can be real; no court or case number given)")
B("关键点来了:进入调解中心≠被起诉,但也不等于没事,它是一个缓冲带,也是你最后一次协商解决的机会。", u, SEO_B)
u = "https://m.129a.com/flrd/49228.html"
B("官方调解短信通常由12368司法服务号或固定座机发送,若收到1069、虚拟手机号或带“退订”字样的短信,多为第三方催收。", u, SEO_B)
B("真调解短信会注明案号、受理法院及调解员联系方式,而催收短信常使用“最后通牒”“移交起诉”等威胁性话术。", u, SEO_B)
u = "http://hshmqfy.nmgfy.gov.cn/article/detail/2022/07/id/6796141.shtml"
B("回民区法院开通了人民法院送达平台,对留有手机号码的当事人通过电子送达送达法律文书,短信中链接点开后可以进入人民法院送达平台查看文书的具体内容。", u, "court (Huimin district, Hohhot) notice about its genuine e-service SMS (hard negative)")
B("最后,收到类似法院的通知,如电话、短信或者信件,若是不能确定真伪,请不要向对方泄露自己的身份证号码等个人信息,可以通过拨打法院诉讼服务热线12368,或者直接到法院查询等方式确定真伪。", u, "court notice sentence on verifying court messages (hard negative)")
u = "http://tsxnews.com.cn/2024falv/yqxieshang/626824.html"
B("您好,咱们是XX逾期调解中心,关于您近期的贷款逾期情况,现需与您联系协商解决方案。", u, "article's model of a polite mediation-centre SMS (illustrative, machine-reworded SEO text; compliant contact, hard negative)")
u = "https://news.ltn.com.tw/news/society/breakingnews/5259226"
C("本人辛苦工作，全部奉獻給○○○", ["reputation"], u, "TW: public social-media post by a loan-shark member naming a 14-year-old debtor with his loan photo, quoted in news (LTN); the reporter's bracketed note after the name is trimmed")
B("成員網路逼債之舉「大翻車」，警方已展開調查，而最關鍵的「重利罪」部分，地下錢莊成員PO文露餡，「5天，利率10%」，相當於借3萬、5天就生3000元利息，1年就要還21萬9000元。", u, TW_B)
u = "https://crgbj.com/analysis-of-legal-risks-in-debt-collection"
C("公布你的欠債訊息", ["reputation"], u, "TW reputation-management firm's article listing threat phrases that can amount to 恐嚇 (illustrative example, not a quoted real message)")
u = "https://udn.com/news/story/7321/9164124"
B("警方表示，目前警方還沒接獲報案，不過接獲情資後已介入調查，還在調查是誰張貼海報，因為此舉已違反個資法和廢棄物清理法，也將調查是否涉及重利罪", u, TW_B)

# --- batch 10 (extension 2: police/news warnings, impersonation, payment red flags, TW leaflets) ---
u = "https://www.26165.com/zixun/2KLkyE9ZrN.html"
C("【政博法律】通知!您的账户即将被冻结!", ["impersonation", "legal_threat", "urgency"], u, "fake 'law firm' SMS (claims another person's overdue loan implicates the recipient) quoted in a Shaoyang county police warning reported by Rednet (红网)")
B("邵阳县公安在此郑重提醒,这是精心设计的新型诈骗手段,广大居民务必提高警惕注意甄别,谨防受骗,此类诈骗通常利用人们对法律事务的敬畏和对自身权益受损的担忧,以看似正式、紧急的通知形式,诱导大家按照其指示行动,从而达到骗取钱财或获取个人信息的目的。", u, "police warning reported in news (hard negative)")

u = "http://iguangming.sznews.com/content/2020-06/02/content_23214099.htm"
C("个人信息被他人冒用,名下的信用卡欠款逾期未处理,已经属于恶意透支信用卡,银行将会冻结名下的银行卡,纳入个人征信系统。", ["criminal_threat", "legal_threat", "credit_threat"], u, "fake-debt scammer's phone line (posing as a bank about an overdue card debt) quoted in a Shenzhen Guangming police report (Bao'an Daily)")
B("你好,我刚才收到了银行的欠款逾期短信,说是银行立案了,你们警察真的会上门来抓我吗?", u, "citizen's question to police quoted in news (hard negative)")

u = "https://hefeilaws.com/hf/343417.html"
C("您的案件编号为XX,已被列为重点处理对象", ["legal_threat"], u, SEO + "; listed as a phone line of a fake 'overdue case handling centre'")
C("需立即缴纳保证金避免起诉", ["payment_red_flag", "legal_threat", "urgency"], u, SEO + "; listed as a phone line of a fake 'overdue case handling centre'")
C("通过私人账户转账可减免债务", ["payment_red_flag"], u, SEO + "; listed as a phone line of a fake 'overdue case handling centre'")
C("不配合将冻结所有银行卡", ["legal_threat"], u, SEO + "; listed as a phone line of a fake 'overdue case handling centre'")
B("根据《民事诉讼法》《公安机关办理刑事案件程序规定》,我国从未设立名为\"逾期案件处理中心\"的官方机构,正规司法流程中:", u, SEO_B)

u = "https://www.wssyr.cn/post/yu-qi-su-qian-tiao-jie-duan-xin-shi-zhen-de-jia-de.html"
C("尊敬的客户,您因贷款逾期,现已进入诉前调解程序,请五日内拨打调解热线,避免法院起诉及财产冻结。", ["legal_threat", "urgency"], u, "'pre-suit mediation' SMS a blogger says they received, quoted in a first-person SEO post (may be an illustrative example); no court or case number")

u = "https://mianjianghao.com/zhudai/52997.html"
C("限期到户籍地司法局报备", ["legal_threat", "urgency"], u, SEO + "; SMS fragment the article quotes (justice bureau has no role in debts)")
C("户籍地经侦科备案", ["criminal_threat"], u, SEO + "; SMS fragment from a case the article describes (Hangzhou)")

u = "https://www.mianjianghao.com/zhudai/47670.html"
C("您的好友XXX欠款逾期,请协助催缴", ["third_party_contact"], u, SEO + "; SMS sent to a borrower's friend")
B("本人未对这笔债务提供担保,根据《个人信息保护法》第23条,请立即停止骚扰。", u, "reply template for a contacted friend in an advice article (hard negative)")

u = "http://ist686.com/chanpinzhanshi/234636.html"
C("再不还钱就上门喷漆", ["home_visit", "abuse"], u, SEO + "; private-number SMS the article says are meant to frighten")
C("法院要冻结你账户", ["legal_threat"], u, SEO + "; the caller then asked for a 'deposit' to unfreeze it")

u = "https://justlaw.com.tw/News01.php?id=6311&page=24"
C("暑假到了~想出國渡假嗎?看清楚,不騙你這是真的!", ["reputation"], u, "TW: text of 'bounty' leaflets with the debtor's photo handed to his trade contacts and customers by a debt collector, quoted from a High Court judgment reported by a TW law site")
C("傳媒、狗仔!獎金在這啦!", ["reputation"], u, "TW: text of 'bounty' leaflets with the debtor's photo, quoted from a High Court judgment reported by a TW law site")

u = "https://prod.mirrordaily.news/story/3710"
B("江清萬表示,地下錢莊往往是黑道金脈,暴力討債是他們確保高額獲利的手段,警方為打擊黑道,避免其欺壓普通市民,對於此類暴力犯罪偵辦絕不手軟,呼籲民眾若遭受壓迫,或發現犯罪情資線索,務必立刻報警,以保護自己的財產與人身安全。", u, TW_B)
u = "https://tw.news.yahoo.com/%E5%88%91%E4%BA%8B%E5%B1%80%E7%A0%B4%E7%8D%B2%E9%BB%91%E5%B9%AB%E5%9C%B0%E4%B8%8B%E9%8C%A2%E8%8E%8A-%E6%9A%B4%E5%8A%9B%E8%A8%8E%E5%82%B5%E6%B6%89%E5%8B%92%E7%B4%A2%E9%80%BE2-700%E8%90%AC%E5%85%83-072806045.html"
B("警方日前偵破一起由國內幫派經營的地下錢莊案件，該集團涉嫌以暴力與恐嚇手段向被害人討債並勒索鉅額金錢，初估不法金額高達新臺幣2,700萬元，全案已查緝主嫌在內共15人到案，並移送檢方偵辦。", u, TW_B)
u = "https://www.ctmanga.com/a/xin-bei-lian-suo-dang-gui-ya-shao-dong-qian-zhai-re-huo-2dian-cai-zao-po-qi-20tian-hou-da-men-zai-bei-zhuang.html"
B("警方初步調查,皆疑因店家少東積欠債務所引發的暴力討債事件。", u, "TW news sentence (mirror-site copy) about violent debt collection (hard negative)")
u = "https://www.samsungetf.com.hk/?p=19"
B("「借錢梗要還咪俾錢中介」,這句在貸款廣告中必須出現的法定警告,我們都耳熟能詳,但又有多少人真正理解其背後的慘痛教訓?", u, "HK finance blog sentence (hard negative)")

u = "https://twlawbot.com/legal-knowledge/category/Criminal-Intimidation/line-intimidation-case-study"
C("下個月20,000沒有我就不是這麼簡單…感恩", ["abuse", "urgency"], u, "TW: debt-collection LINE message quoted from a criminal judgment (恐嚇), reported in a legal-education article")
C("那討債公司還是會過去喔", ["home_visit"], u, "TW: debt-collection LINE message quoted from a criminal judgment (恐嚇), reported in a legal-education article")
C("不還錢就等著討債公司上門", ["home_visit"], u, "TW legal-education article's example of a threatening LINE line (illustrative, not a quoted real message)")

u = "https://3dmxku.com/daquan/zonghe/4275683.html"
C("尊敬的用户您好,您的上月及以前还款,我司未收到,我司将按合同约定扣除你相应的履约保证金并处以罚息。为了维护你的还款信誉和避免给你造成不必要的经济损失,请你在三日内将款项汇入我司。", ["urgency"], u, "overdue-collection SMS template for instalment sales published on a template site (lawful-if-true, mild)")
B("尊敬的用户朋友您好,您的上次还款,我司已经收到,感谢您的配合,你距本月还款日还有7天,请你提前做好本月还款准备!", u, "pre-due reminder SMS template on a template site (genuine reminder, hard negative)")

u = "https://www.qq959.com/news/806020.html"
B("尊敬的XXX先生/女士,我是XX银行催收部门的XXX,您在我们银行有一笔贷款已逾期未还,请您尽快归还欠款,欠款金额为XXXX元,逾期罚息为XX%,为避免产生更多费用并保护您的信用记录,请您在XX日期前归还,如有任何疑问,请联系我,我的联系电话是XXXXXXXXXXX,谢谢!", u, "article's model of a compliant collection SMS (illustrative; hard negative: genuine-style reminder)")
B("催收人员的行为必须合法合规,不得使用威胁、恐吓或其他不当手段进行催收,如果收到不合理的催收信息或电话,可以向相关机构投诉。", u, SEO_B)

u = "https://www.523it.com/g/106399.html"
C("您在某某平台的贷款已严重逾期,即将上报征信,请立即点击链接处理,否则影响子女上学、考公……", ["credit_threat", "payment_red_flag", "urgency"], u, SEO + "; repay-by-link with a threat to the children's schooling")
u = "https://www.523it.com/g/82433.html"
C("【XX银行】尊敬的客户,您名下贷款已逾期17天,累计欠款本金加罚息共计48,600元,如未及时处理,将上报央行征信系统,并启动法律程序,点击链接立即还款:http://xxx-credit-repay.com", ["credit_threat", "legal_threat", "payment_red_flag", "urgency"], u, SEO + "; phishing 'bank' SMS from a case the author describes (link address as published)")
u = "https://weapp1.com/ipo/IPOguancha/584.html"
B("近期,“账单逾期”短信诈骗频发,市民收到此类短信切勿轻信,切勿拨打短信中的所谓客服号码,应直接联系金融机构官方客服进行核实。", u, "police reminder reposted on a news site (hard negative)")
B("正规金融机构不会在业务提醒短信中要求用户拨打非官方客服电话,也不会在业务办理中索要密码和验证码等信息。", u, "police reminder reposted on a news site (hard negative)")
u = "https://www.lingdaojuece.cn/list_38/6442.html"
B("近期有信息显示,部分不法人员假借正规金融机构名义,向群众发送虚假贷款催收类短信,给金融消费者财产安全带来隐患。", u, "regulator warning reported in news (hard negative)")
u = "https://law.banking.gov.tw/Chi/FINT/FINTQRY05.aspx?ecode=G00614&edate=20070104&ecase=%E9%87%91%E7%AE%A1%E9%8A%80%EF%BC%88%E4%B8%89%EF%BC%89&eno=09500466820&tbl=Ferela&til=%E9%87%91%E7%AE%A1%E9%8A%80%EF%BC%88%E4%B8%89%EF%BC%89%E5%AD%97%E7%AC%AC%2009500466820%20%E8%99%9F"
B("十九、金融機構僅能對債務人本人及其保證人催收,不得對與債務無關之第三人干擾或催討。", u, "TW FSC rule text on cash-card collection (hard negative); display line break and indentation removed")
B("二十一、辦理現金卡業務,不得有暴力、脅迫、恐嚇、辱罵、騷擾、誤導、欺瞞或造成債務人隱私受侵害之不當催收行為。", u, "TW FSC rule text on cash-card collection (hard negative); display line break and indentation removed")
u = "https://sf-debtdisputelawyer.com/newsdetail_2_1762.html"
B("家屬須明確知道,除非法律另有規定,配偶與子女無償還責任,銀行亦不得對其財產進行查封或扣押,避免因債務問題波及無關人士。", u, TW_B)
u = "https://yanggu.tv/webgov/yqdongtai/679621.html"
C("您的贷款已逾期,请联系仲裁委员会", ["legal_threat"], u, SEO + "; 'arbitration notice' SMS from an unknown number, as the article quotes it")

u = "https://udn.com/news/story/7320/9296746"
C("要還錢喔！緊還錢喔！", ["reputation", "urgency"], u, "TW: creditor shouting in public while throwing leaflets, as quoted by UDN (LTN quotes the same scene with 快; Taiwanese 緊 kept as published)")
u = "https://news.ltn.com.tw/news/society/breakingnews/5262923"
B("台中地院法官認為，3人先後、密集、反覆、持續以汽車音響重複大聲廣播錄音方式，滋擾黃姓民眾，或以在車上綁白布條或張貼文宣方式討債，次數相當頻繁，以此方式逼債，已逾越一般社會大眾觀念所能容許的合理方式及範圍，而達滋擾安寧秩序程度。", u, TW_B)
u = "https://tw.news.yahoo.com/%E5%BD%B1-%E7%96%91%E6%AC%A0800%E8%90%AC%E8%A3%9D%E6%BD%A2%E8%B2%BB-%E5%8C%97%E5%B8%82%E7%9F%A5%E5%90%8D%E9%80%A3%E9%8E%96%E9%85%92%E5%BA%97%E9%81%AD%E6%92%92%E5%86%A5%E7%B4%99%E4%B8%9F%E9%9B%9E%E8%9B%8B-055439557.html"
B("北市大同區一間知名連鎖酒店，近日發生疑似業者欠了8百萬裝潢費，遭多名男女撒冥紙、丟雞蛋，相關畫面也曝光。", u, TW_B)

u = "https://baijiahao.baidu.com/s?for=pc&id=1804392248467827731&wfr=spider"
C("【分期金融】刘某某,还贷呗欠款网贷由于多次与您协商无果,清收人员将于今日12点拟定债务委托书,授权专员到预留证件地上访,还款终止拒收请回复R。", ["home_visit", "urgency"], u, "collector SMS from a 106 short code quoted verbatim in a news report (The Paper, reposted on Baijiahao); received by a court clerk wrongly treated as the borrower's contact")
C("【分期金融】刘某某,还贷呗欠款沟通后仍拒还,资料已核实完毕,现将出发到平台预留地址,全额收缴并联合当地村(居)委陪同全款清收,拒收请回复R。", ["home_visit", "third_party_contact", "urgency"], u, "collector SMS from a 106 short code quoted verbatim in a news report (The Paper, reposted on Baijiahao); threatens to bring the village/residents' committee")
B("我不认识你们说的欠款人刘某某,我就是法院工作人员,我明确告诉你,你们这样的催收行为已经涉嫌违法犯罪了。", u, "wrongly contacted person's reply to a collector, quoted in news (hard negative)")
B("从6月1日至7月12日,王果一共收到186条催收短信和100个催收电话。", u, NEWS_B)

u = "https://sd.china.com/m/cjzx/20000936/20250527/25963197.html"
C("人脸影像将张贴户籍居住地,不要脸就让你好好出出名。", ["reputation", "abuse", "home_visit"], u, "collector SMS (loan 4 days overdue) quoted verbatim from the borrower's screenshots in a news report (China.com Shandong, 2025)")
C("携带录音设备上门找你签署文件,造成街坊邻居围观指指点点,你和你父母还有脸吗?", ["home_visit", "reputation", "abuse"], u, "collector SMS quoted verbatim from the borrower's screenshots in a news report (China.com Shandong, 2025)")
C("现安排工作人员找到你。", ["home_visit"], u, "collector SMS quoted from the borrower's screenshots in a news report (China.com Shandong, 2025); short")
B("如此高频率的催收,让黄女士难以招架,“我选择在微粒贷平台借钱,就是看中这个平台名气大、规模大,没想到仅仅是逾期了4天,催收人员就威胁要在村子里贴我的照片。”", u, NEWS_B)
u = "https://www.worldjournal.com/wj/story/121206/9153653"
B("如果效果不好，這些公司還會偽造律師函和法院文件，甚至竊取借款人的戶籍隱私和資訊，給負債人的親屬、朋友、同事、上司等發送騷擾資訊。", u, "overseas Chinese newspaper (World Journal) reader column sentence about collection (hard negative)")

u = "https://www.qiushile.com/duanxin/youqing/89330.html"
C("再不还钱明天就去你孩子学校堵你", ["home_visit", "abuse", "urgency"], u, SEO + "; threat SMS the author says a friend received")
u = "https://www.csai.cn/loan/1439229.html"
C("已申请网络仲裁,48小时后冻结微信", ["legal_threat", "urgency"], u, "SMS headed 'XX法务部' that a client received, quoted by a loan adviser in a finance Q&A article (csai.cn)")
C("再不处理,今天就走流程", ["legal_threat", "urgency"], u, "collector SMS line quoted in a finance Q&A article (csai.cn)")
C("限3小时内回复", ["urgency"], u, "collector SMS line quoted in a finance Q&A article (csai.cn); short")
B("真正的正规催收必须亮明身份:机构名称、工号、官方电话缺一不可。", u, SEO_B)

u = "https://hk.epochtimes.com/news/2024-03-26/66223258"
B("當受害人遲交還款,財務公司會派所謂「行動組」,到受害人或親友住所或公司進行非法收數,包括淋紅油、毀壞門鎖及貼上寫上受害人名字的收數字條,以及透過電話或社交媒體,騷擾及恐嚇受害人或其親友,迫使還清所有款項。", u, HK_B)
u = "https://ylh.org.hk/2017/06/30/%e9%9d%9e%e6%b3%95%e8%bf%bd%e6%95%b8%e6%bb%8b%e6%93%be%e7%9a%84%e8%99%95%e7%90%86-%e5%85%8d%e8%b2%bb%e6%88%92%e8%b3%ad%e8%bc%94%e5%b0%8e%e7%9b%b4%e7%b7%9a27039811/?share=google-plus-1"
B("面對非法收數滋擾是相當困難的事情,基本的原因是負責的收數公司或人員心目中的工作態度是不太受法律所管束的,但另一方面,作為當事人(欠債人或其家人) ,卻受制於合法的行為(假如當事人為黑社會人士,則作別論) 。", u, "HK gambling-counselling NGO article sentence about illegal debt collection (hard negative)")

u = "https://m.shutu.cn/template/p7116511.html"
C("你他妈老子丢两千块律师也会把你这钱要回来,而且会让你的同事和好友都知道你的为人,我操你吗说一套做一套", ["abuse", "third_party_contact", "reputation", "legal_threat"], u, "creditor's SMS to a buyer owing 30,000 yuan of a house price, quoted verbatim from a 2005 civil (reputation-right) case note; phone numbers masked in the source")
C("我会找人的望你三。", ["abuse"], u, "creditor's SMS in the same house-price debt dispute, quoted verbatim from a 2005 civil case note; short, dialect as published")
u = "https://leelai.cn/11378.html"
C("陆老板,这个账恐怕是要给我结一下哟,三年了,你这样怕是有点不地道哈", ["reputation"], u, "creditor's public short-video caption demanding payment, quoted in a court-case report (Jinjiang court); the courts held it a true statement, not defamation (mild, lawful)")
B("晋江市人民法院经审理认为,陆某与陈某夫妻之间存在经济往来,且双方尚未进行结算。", u, "court-case report sentence (hard negative)")
