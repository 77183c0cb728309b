"""Items added from batch 11 on: verbatim public quotes, split by source into tuning and frozen.

Same rules as curated.py (copied verbatim, trimmed only at sentence edges, never paraphrased,
translated or script-converted), but these items are not all tuning material: build_corpus.py
assigns every source (page) of this file to the tuning part or to the frozen test part by a hash
of the source (see split.py). Append only: ids are numbered in file order within each part.

C(text, tactics, source, note, group=None)  -> collection item
B(text, source, note, group=None)           -> benign item

`group` names one story published at several addresses (a repost, a second script edition), so
that all of them land in the same part.
"""

COLLECTION = []
BENIGN = []


def C(text, tactics, source, note, group=None):
    COLLECTION.append({"text": text, "tactics": list(tactics), "source": source, "note": note,
                       "group": group or source})


def B(text, source, note, group=None):
    BENIGN.append({"text": text, "source": source, "note": note, "group": group or source})


NEWS_B = "news article sentence about collection (hard negative)"
SEO = "collection message quoted in a legal-advice/SEO article (may be an illustrative example)"
SEO_B = "legal-advice/SEO article sentence about collection (hard negative)"
TW_B = "TW news/legal sentence about debt collection (hard negative)"
HK_B = "HK news sentence about debt collection (hard negative)"

# --- batch 11 (2026-12-02) ---------------------------------------------------------------
u = "https://crgbj.com/analysis-of-legal-risks-in-debt-collection"
B("若以「讓你好看」、「小心家人出事」、「讓你店開不下去」、「公布你的欠債訊息」等言詞,或透過潑漆、撒冥紙、堵門等行為,使債務人或其親友心生畏懼,即可能構成《", u, "TW legal-services article listing threat wordings (hard negative that quotes tactics); cut at the excerpt's end")
B("不當催收行為所引發的法律後果極為嚴重,涵蓋了民事、刑事及行政三大領域。", u, TW_B)
u = "https://crgbj.com/?p=23264"
B("債務催收,尤其線上債務催收,已成為維護經濟秩序不可或缺的一環。", u, TW_B)
B("然而,催收行為必須嚴格遵循法律規範,在保障債權人權益的同時,也必須尊重債務人的基本人格尊嚴與合法權利。", u, TW_B)
u = "https://crgbj.com/debt-collection-sop-disclosure"
B("債務催收,往往被蒙上一層負面印象,與強硬、對立甚至不合規的手段畫上等號。", u, TW_B)
B("無論您是金融機構的從業人員、企業的財務或業務主管,或是面臨債務管理問題的個人,本指南都希望能提供一套清晰、實用且合規的行動藍圖。", u, TW_B)
u = "https://www.lbk.com.tw/blog/detail?bid=2222"
B("如您持續聯繫或威脅,本人將以騷擾與恐嚇蒐證並報案。", u, "TW blog: a reply template for the person being pressed (mentions threats and reporting; hard negative)")
B("請提供完整公司抬頭、統編與合約版本,未提供前不得進一步請款。", u, "TW blog: a reply template for the person being pressed (hard negative)")
B("本訊息將同步備份並提供平台與警方,請勿再進一步聯繫。", u, "TW blog: a reply template for the person being pressed (hard negative)")
u = "https://www.lbk.com.tw/blog/detail?bid=2692"
B("面對帳單扣款失敗、扣款金額莫名放大或同一筆帳被重複扣除時,多數人第一時間只看到簡訊通知就開始焦慮,卻忘了背後牽涉的是授權設定、金融機構與 快速借錢管道 合約條款,以及民法、消費者保護法與銀行相關法規解析下「誰該負責、誰要舉證」的問題。", u, "TW loan-portal blog sentence about billing SMS (hard negative)")
u = "https://www.huarenca.com/huarenbbs-150679-1-1.html"
B("自己追債有多難?試過的人都知道。電話打到被設拒接,訊息永遠是未讀。", u, "forum post about recovering a debt (creditor's side; hard negative)")
B("專業追數不是黑社會電影裡潑油漆恐嚇那套。真正的專業,是懂法律這把尺的刻度。", u, "forum post about debt recovery (hard negative)")
u = "https://www.2ggx.com/?p=49079"
B("這時候,一份專業且高效的「催款通知範本」就顯得格外重要了,它不僅能幫您溫和地提醒對方,還能在必要時成為您主張權利的有力依據。", u, "TW business-advice article about payment-reminder letters (hard negative)")
B("它通常包含債務明細、付款期限、付款方式等關鍵資訊,目的是在確保資訊清晰、語氣專業的前提下,促使對方儘快還款。", u, "TW business-advice article about payment-reminder letters (hard negative)")
u = "https://www.samsungetf.com.hk/loan/1740"
B("然而,這條看似方便的捷徑,背後可能暗藏高昂利息、不良中介及高壓追數等陷阱,稍一不慎便可能令您債務纏身,陷入「走數」的惡性循環。", u, "HK loan-advice article sentence (hard negative)")
B("兩者最根本的分別,在於財務公司是否為「環聯」(TransUnion,簡稱TU)的會員。", u, "HK loan-advice article sentence (hard negative)")
u = "https://www.samsungetf.com.hk/loan/1210"
B("然而,這根看似方便的稻草,實則是引您步入無底債務深淵的致命陷阱,背後隱藏著「扣底批核」、超高利息、缺乏合約保障及非法追數等嚴重問題。", u, "HK loan-advice article sentence (hard negative)")
B("若不幸已身陷其中,我們將提供詳盡的「三步自救指南」,教您如何即時止蝕及尋求專業援助。", u, "HK loan-advice article sentence (hard negative)")
u = "https://www.samsungetf.com.hk/loan/1460"
B("擔心在徬徨之際,誤墮高利貸陷阱,被巧立名目預扣高昂費用,最終陷入「債冚債」的無底深淵?", u, "HK loan-advice article sentence (hard negative)")
B("這些非法放債集團手法層出不窮,而且分工精細,從尋找目標到非法追數,每一步都充滿陷阱。", u, "HK loan-advice article sentence (hard negative)")
u = "https://art.ltn.com.tw/article/paper/1744537"
B("過了幾天，我想應該要還錢了，打電話給舊同事，她說她沒跟我借錢啊，我應該是被騙了，趕快去報警。", u, "TW newspaper reader essay about fraud (hard negative: 還錢, 報警)")
B("後來收到法院來函，跑了兩趟台中和多次的台北地院，雖然沒完全取回，但已是不幸中的大幸。", u, "TW newspaper reader essay about fraud (hard negative: 法院來函)")
u = "https://www.kses.tyc.edu.tw/xoops/modules/tadnews/index.php?nsn=15071"
B("配合節能減碳無紙化政策,申辦簡訊帳單,每期以簡訊方式寄送帳單,可即時透過行動支付 APP 或信用卡線上繳水費,免出門即可輕鬆繳費又防疫。", u, "TW school notice relaying the water company's SMS-bill service (genuine billing notice)")
B("因應近期釣魚簡訊猖獗,為強化台水公司簡訊帳單安全性,於簡訊內容之連結網址前端置入「https://www.water.gov.tw」,該網址係透過 DNS (網域名稱系統)註冊核可,屬台水公司專屬網址,用戶可以透過網址快速判斷真實性,並安心使用簡訊帳單。", u, "TW school notice relaying the water company's SMS-bill service (genuine billing notice)")
u = "http://i-part.com.tw/diary/diary_viewpage.php?d=99&o=1651488"
B("前幾天我收到一封簡訊 : ' 找你好久都找不到 , 有空回個電話吧 !", u, "TW diary: someone reporting a premium-rate scam SMS they received (hard negative)")
u = "https://m.kfkhr.com/1/250612.html"
B("催收短信是债权人或第三方机构发送的提醒还款通知,内容包含欠款金额、还款期限和联系方式。", u, SEO_B)
B("收到这类短信后,借款人需核实债务真实性,避免上当受骗。长期不还可能导致信用受损,甚至面临法律诉讼。", u, SEO_B)
u = "https://twlawbot.com/legal-knowledge/category/payment-order/line-chat-as-loan-evidence"
B("「手機就是我的律師!」現代人用LINE借錢超方便,但沒寫借據究竟能不能告?讓真實判決告訴你「數位時代的討債眉角」!", u, "TW legal-education article about LINE chats as loan evidence (hard negative)")
u = "https://www.ettoday.net/news/20260130/3110211.htm"
B("橋頭地院法官認為，從雙方的對話紀錄中可知，阿強先是以「無恥、嗜錢如命」等文字，表達對小美處理房產的方式感到不滿，緊接著便說出「妳想處理凶宅嗎」等話，依照社會一般觀念看來，確實屬於會使人心生畏怖的惡害通知。", u, "TW news about a family LINE threat over property, not a debt (hard negative)")
u = "https://www.tkww.hk/epaper/view/newsDetail/1609615929602347008.html"
C("黃小姐,你是這菲傭的僱主吧,我是××財務公司的代表。", ["third_party_contact"], u, "HK: a finance company's collector phoning the employer of a domestic helper who owed money, quoted in a first-person newspaper column (Ta Kung Wen Wei)")
B("「大耳窿」因何成為高利貸之俗稱?據說香港開埠初期,放貴利者多為頭纏白巾的嚤囉,他們喜歡在耳珠穿個大得誇張的洞,好把大如銀元的耳環佩戴。", u, "HK newspaper column sentence about loan sharks (hard negative)")
B("能吃「大耳窿」這行飯的,肯定有追數的本事;至於僱主的反應,也離不開幾種模式。", u, "HK newspaper column sentence (hard negative)")
u = "http://orientaldaily.on.cc/cnt/lifestyle/20140608/00328_001.html"
B("我未收到會計部指令,只可以繼續向你追。", u, "HK: a collection agent's words on the phone about unpaid gym fees, quoted in a newspaper column (Oriental Daily); a plain reminder with no pressure tactic, so benign")
B("我說:「已交咗錢。」大耳窿說:「我未收到會計部指令,只可以繼續向你追。」我說:「你問吓會計部咪得囉。」", u, "HK newspaper column: a debtor's account of a call with a collection agent (reported dialogue, Cantonese; hard negative)")
B("大耳窿無言,我提議:「我E-mail或者WhatsApp張收據畀你囉。」", u, "HK newspaper column (Cantonese; hard negative)")
u = "https://www.singtaousa.com/index.php/2025-05-02/%e5%92%aa%e7%95%b6%e6%88%91%e8%80%81%e8%a5%af/5218178"
B("求其是但在社交媒體聲稱自己係某名人畀投資貼士開投資群組,不少盲毛竟信以為真,乖乖就範真金白銀過數;", u, "HK-style newspaper column about investment scams (Cantonese 過數; hard negative)")
u = "https://lihkg.com/thread/3120751/page/1"
B("是咁的,我被同屋主騙財後,有一天他的債主臨門,同時我發現這位債主竟然是他的前任。", u, "HK forum post opening a serial story (Cantonese; hard negative)")
u = "https://theinitium.com/zh-hans/article/20250312-hongkong-bankruptcy-and-debt"
B("破产个案中,有的由个人问题所致,亦有经济学者指出跟经济大环境息息相关,包括零售餐饮业不景气而结业、抵押品价格下跌,导致银行提前催收贷款,即俗称的“call loan”等等。", u, "HK feature (Simplified edition) about bankruptcy and debt (hard negative)")
B("Emily 说,“2024年都9000多宗,多我一个唔多,少我一个唔少,现在我不觉得破产有什么大不了。”", u, "HK feature (Simplified edition), an interviewee's Cantonese words (hard negative)")
u = "https://theinitium.com/article/20210923-mainland-debtors/"
B("天快亮時,他登陸知乎,整理起「危機思路」,寫下第一篇日記:1. 做好抗擊暴力收款的準備。2. 好好工作,爭取每個月多掙一點。", u, "HK outlet feature about mainland online-loan debtors (hard negative)")
B("南柯清算自己的債務:京東借錢總欠款44485元(人民幣,下同),360借錢總欠款23869.8元,宜人貸總欠款110873元……自己已欠下十多家網貸平台、連本帶利一共43萬元。", u, "HK outlet feature about mainland online-loan debtors (hard negative)")
u = "https://www.pcps.org.tw/news_detail.php?item=6"
B("簡單說,就是債權人(借錢的人)利用法律,請法院催促債務人(欠錢的人)趕緊還錢的意思。", u, "TW legal-aid association article about payment orders (hard negative)")
B("第一,確認支付命令的真實性,現今詐騙模式多樣,其中就有假冒法院名義以騙取人民錢財的方式,故務必要謹慎防範被詐騙的可能!", u, "TW legal-aid association article (hard negative)")
B("請記得,千萬要在20日內向法院聲明異議!20日內向法院提起異議!20日內聲明異議!", u, "TW legal-aid association article: deadline advice about a genuine court process (hard negative)")
u = "https://ezlawyer.tw/posts/compulsory-execution-of-debtor-wages"
B("當債務人無法履行債務時,債權人可以透過法院的強制執行程序,向債務人的雇主請求扣留債務人的薪資所得,以確保債權得以實現。", u, "TW lawyer's article about wage garnishment (hard negative)")
B("目前的法扣金額計算方式是依據債務人的月薪所得,扣除必要的生活費用後,再按比例計算可扣押的金額。", u, "TW lawyer's article about wage garnishment (法扣; hard negative)")
u = "https://www.ptt.cc/man/PttLifeLaw/D792/M.1252333030.A.968.html"
B("債權人向法院聲請支付命令,若在債務人收到20日內未提起異議, 則該支付命令即告確定,債權人會收到法院寄發之確定證明書;", u, "TW PTT law-board digest about wage garnishment (hard negative)")
u = "https://classic-blog.udn.com/G_106353302695694719/171292765"
B("法律強制扣薪又稱強扣、法扣薪資、法扣存款、查封薪水,意思是法院強制執行扣除薪資,也就是當債務人沒有依照約定償還債務時,債權銀行可以向法院聲請強制執行,直接從債務人的公司收取該債務人的部分薪水,簡單講就是,假設你欠銀行錢都不還,銀行透過公權力介入後,往後每個月都可以直接透過你的公司,拿走你部份的薪水。", u, "TW blog about wage garnishment (addresses 'you' about consequences; hard negative)")
u = "https://sf-debtdisputelawyer.com/newsdetail_2_624.html"
B("當債權人依法向法院聲請對債務人薪資進行強制執行,法院核發扣押命令與移轉命令後,債務人所任職的公司即成為第三人,依法負有配合義務,若公司未依命扣薪,可能需自行負擔清償責任。", u, "TW law-firm Q&A (hard negative)")
u = "https://sf-labourlawyer.com/newsdetail_2_2605.html"
B("員工在公司上班,每月自公司受領薪資,是員工對於公司有薪資債權,公司有支付薪資義務,所以員工對公司之薪資債權為員工的財產。", u, "TW law-firm Q&A (hard negative)")
u = "https://hobbs-krogh.hubstack.net/zhai-wu-shu-huan-vspo-chan-ren-sheng-cai-wu-shi-zi-lu-kou-de-zhi-hui-jue-ze-zi-shen-gu-wen-jiao-ni-ru-he-dong-shan-zai-qi"
B("「王先生握著銀行催繳單的手微微發抖,冷氣房裡後背卻完全濕透。這已經是本月第三次收到法院通知,餐桌對面妻兒茫然的眼神像針扎在心上...」這是我們債務協商部門最常聽見的真實開場白。", u, "debt-advice marketing post (hard negative)")
u = "https://www.lawsq.com/book/43854614828"
B("上列聲請人因被告妨害自由等案件,不服臺灣高等檢察署臺中檢察分署107年度上聲議字第770號駁回再議之處分(原不起訴處分案號:臺灣臺中地方檢察署106年度偵字第29899號),聲請交付審判,本院裁定如下:", u, "TW court ruling text (a community dispute, not a debt; line breaks of the source removed; hard negative)")
u = "https://tw.news.yahoo.com/%E5%96%AA%E4%BA%8B%E7%B4%85%E7%99%BD%E5%8C%85%E5%85%A7%E8%A3%9D%E5%91%8A%E8%A8%B4%E7%8B%80-%E5%86%8D%E5%97%86%E5%B0%8D%E6%96%B9-%E8%80%81%E4%B8%8D%E6%AD%BB-%E4%BB%96%E4%B8%8B%E5%A0%B4%E6%85%98%E4%BA%86-053849855.html"
B("陳姓男子於今年3月間因故對鄰居提起民事賠償訴訟，雙方關係陷入緊張。", u, "TW news about a neighbour dispute (hard negative: 訴訟)")
B("台中地方法院最終認定陳男的行為已構成恐嚇罪，判處拘役30天，得易科罰金。本案仍可上訴。", u, "TW news about a neighbour dispute (hard negative)")
u = "http://www.tsxnews.com.cn/2024falv/xyqxin/20019359324.html"
B("你是不是也收到过那种“催款通知”的短信?看起来像语气又很吓人还带个电话号码,其实啊这年头谁还没被此类短信骗过一回?", u, SEO_B + "; machine-reworded text as published")
u = "https://www.qq959.com/news/564466.html"
B("如果您收到了催款通知的短信,这可能意味着您有一笔未偿还的债务或贷款。", u, SEO_B)
B("最重要的是,不要忽视催款通知短信,如果您不采取行动,可能会导致更严重的后果,例如信用记录受损、法律诉讼等,如果您有任何疑问或需要帮助,请及时与债权人或专业机构联系。", u, SEO_B)
u = "https://kksj.yq98.cn/article/125893.html"
B("收到短信说恶意欠款,先别慌。这是诈骗,是信息搞错了。", u, SEO_B)
u = "http://glnlw.com/zhufuduanxin/5ubzyawzb4.html"
B("首先,從短信內容可以判斷,如果借款人欠款XX元,已經逾期XX天。不退就起訴,家裏收,大多是虛假內容。", u, SEO_B + " (Traditional-script mirror of mainland text)")
B("如果短信後綴允許借款人聯系XX主任和XX專員,那壹定是假短信催收。", u, SEO_B + " (Traditional-script mirror of mainland text)")
u = "https://100glory.com.cn/article/123193.html"
B("查看短信内容,正规的催收短信会明确告知借款人姓名、借款金额、还款日期等信息,不会让借款人点击不明链接或提供个人信息;", u, SEO_B)
u = "http://law.100glory.com.cn/cskp/xfjrcsdxszdmljhqnxjj.html"
B("有些消费金融公司会委托第三方催收公司进行催收,这些第三方公司会通过短信、电话等方式进行催收。", u, SEO_B)
B("你确认贷款确实存在,并且逾期未还,那么应该尽快还清贷款,以免影响个人征信。", u, SEO_B)
u = "http://3587.xkmrjx.com/kongjian"
B("不要轻信威胁和恐吓:欺诈催收短信通常以恐吓、警告和威胁为手段,要求立即付款或提供个人账户信息。", u, SEO_B)
u = "http://guanxian.org/consult/yqdongtai/55833.html"
C("尊敬的借款人先生/女士,您好!感谢您对我行信用卡的上门采用与信任。依据我行的记录,您的信用卡账户(账号XXXX)存在逾期债务的经济状况。为尽快解决您的债务疑问,我行将派遣外访人员前往您的家中或工作地点实行。请您予以配合。", ["home_visit"], u, SEO + "; credit-card 'home visit notice' template, machine-reworded text as published")
u = "http://www.shicijianshang.com/o/A04hpTgOjkFjGBjIZDzpGBfrL402nz80.html"
C("你要钱还是要脸", ["reputation", "abuse"], u, "a lender's WeChat Moments post shaming a former colleague who did not repay 500 yuan, quoted in a first-person account (the author says the stories are true, names changed); short")
B("小慧和小芳是公司同事,小慧借了小芳500元,小慧说手头紧,过几个月再还;小芳想自己也不着急用钱想也没想就答应了。", u, "first-person account of friends' debts (hard negative)")
u = "https://oatou.com/emotion/387276.html"
B("她回我,你是不是欠了支付寶的錢,人家打電話過來說你逾期大半年了,要是真欠了就還了吧,這是正規平臺。", u, "first-person essay: a sister's message to a debtor relaying a collection call (family chat; hard negative)")
B("我突然很煩躁:不是都跟你們說了,那些網貸要是找你們,直接結束通話不要理嗎?我自己的事我心裡有數,哪些該還哪些不該還,你們不懂不要跟著瞎操心!", u, "first-person essay: the debtor's reply to family (hard negative)")
u = "https://www.163.com/dy/article/KJVFITR90553RVN3.html"
B("“最近怎么样?”“年底了,那笔钱方便结一下吗?”", u, "essay quoting a lender's polite messages to a friend who owes money (friends' chat; hard negative)")
B("其实催款也能不那么难:先平和地问对方最近的情况,再拿出账单说“我也等着钱过年”;要是对方真有难处,就商量个还款日期,让他写个书面承诺;", u, "essay about asking friends to repay (hard negative)")
u = "http://lsjse.com/wenmi/28934.html"
B("截至_____年__月31日,我公司帳面尚有貴公司欠款_____元(大寫人民幣_____元整)。按照與貴公司的有關合同協議的約定,貴公司應當在_____年__月__日之前支付上述款項,但我公司至今仍未受到該筆款項。因此,特請貴公司能夠在近期內及時向我公司支付上述款項。", u, "business payment-demand letter template between companies (genuine dunning letter; hard negative)")
B("對于信用差的、帳齡長的欠款,可以使用一些措辭較為激烈的用語,比如“限于____年__月__日之前支付”、“我公司保留追討貨款的任何法律手段”、”我公司將可能在某一適當時機,選擇通過相關法律訴訟維護我公司利益”等等。", u, "advice on wording business dunning letters (quotes lawful legal-action wording; hard negative)")
u = "https://www.huarenca.com/huarenbbs-163637-1-1.html"
B("高雄化工原料供應商張老闆的經歷很典型:被合作十年的廠商拖欠貨款,對方還厚臉皮傳訊息說「最近周轉不靈多包涵」。", u, "TW forum post about recovering business debts lawfully (hard negative)")
B("後來對方看到郵差送來的法院牛皮紙袋,第三天就捧著現金來和解。", u, "TW forum post (hard negative)")
u = "https://law.sme.gov.tw/ailt/modules/forum/details/?topic_id=16898"
B("可委由律師發律師函(英文),向對方追討貨款,有律師具名,對方通常會有壓力,而比較願意出面跟 貴公司協商;", u, "TW government SME legal Q&A: a lawyer's answer (hard negative: 律師函)")
u = "https://www.daai007.com/service_debtcollection01.html"
B("T+30 正式催收:寄發存證信函,列示債權基礎、金額、利息起算、限期履行;同步安排高層關懷。", u, "TW business-collection guide (hard negative)")
u = "https://xijinews.net/law/yqxs/73777.html"
B("其中,“短信速回户籍地”的措辞更是让借款人倍感压力。", u, SEO_B + "; machine-reworded text as published")
B("增加借款人还款压力:借款人在户籍地面临亲朋好友的舆论压力,更容易产生还款意愿。", u, SEO_B + "; machine-reworded text as published")
u = "https://www.huahuakepu.com/post/qian-kuan-wai-fang-ren-yuan-shang-men-cui-zhai.html"
B("这位欠款外访人员态度算是比较专业,没有特别咄咄逼人,但偶尔会提一些压力比较大的问,比如“你打算什么时候还款?”、“你这边还有没有其他负债?”。", u, "first-person account of a collector's home visit (reported speech; hard negative)")
B("他自称是某催收公司的欠款外访人员,说是来找我本人谈还款的事。", u, "first-person account of a collector's home visit (hard negative)")
u = "http://www.beatwenan.com/shuoshuowenan/53071.html"
B("确认发送外访通知的是否为借款公司派出的真实人员,避免被虚假信息误导。", u, SEO_B)
u = "https://yanggu.tv/webgov/yqdongtaizt/277519.html"
B("倘若持卡人仍无法在约好时间内还款银行可能启动诉讼程序向法院提起诉讼。", u, SEO_B + "; machine-reworded text as published")
u = "http://guanxian.org/consult/yqfenqi/576856.html"
B("调查人员上门后首要任务是确认借款人的身份。他们会出示相关证件如工作证、委托书等以证明本人的身份和调查的合法性。", u, SEO_B + "; machine-reworded text as published")
u = "https://lawplayer.com/judgment/TPDV,109,重訴,39,20200901,1"
B("上列當事人間請求給付貨款等事件,本院於民國109年8月18日言詞辯論終結,判決如下: 主 文 被告應給付原告新臺幣壹拾貳萬玖仟零陸拾肆元。", u, "TW civil judgment text (genuine court text; hard negative)")
u = "https://judgment.judicial.gov.tw/FJUD/data.aspx?id=SLDV%2C112%2C%E9%87%8D%E8%A8%B4%2C145%2C20240719%2C1&ty=JD"
B("被告應給付原告美金128,751.4元,及自民國111年3月4日起至清償日止,年息百分之5計算之利息。", u, "TW civil judgment (Judicial Yuan database; genuine court text; hard negative)")
B("本判決於原告以新臺幣138萬元為被告供擔保後,得假執行。", u, "TW civil judgment (Judicial Yuan database; genuine court text; hard negative)")
u = "http://www.tttti.com/a/200604.html"
C("我们今晚要上门评估一下你的还款能力", ["home_visit", "urgency"], u, SEO + "; a collector's call line the article quotes")
B("上门催收往往不是为了羞辱你,而是希望通过面对面的沟通来确认信息、讨论还款计划,以及了解你当前的还款能力。", u, SEO_B)
u = "http://j.borongbank.cn/index.php?c=show&id=156998"
B("在这个阶段,针对客户、客户的生意、家庭、社会声誉等采取一定的措施可有效提高其被动的还款意愿,使借款人迫于压力主动还款。", u, "lender's collection-training article describing pressure on family and reputation (describes tactics, addresses no debtor; hard negative)")
B("一旦客户未准时还款,作为信贷机构,在逾期后前二十四小时一定要与客户联系,而这种联系,在大多数情况下都是通过电话的方式。", u, "lender's collection-training article (hard negative)")
u = "https://www.fadingding.com/ping-an-xin-219.html"
B("“儿子,刚才平安银行打电话到家里,说你信用卡逾期了,怎么回事啊?”", u, "a mother's call to her son about a bank's collection call, quoted in an advice article (family talk; hard negative)")
B("根据《商业银行信用卡监督管理办法》,银行只能向信用卡持卡人、债务人本人或其信用卡担保人进行催收,而不能骚扰与债务无关的第三方。", u, SEO_B)
u = "https://www.523it.com/g/148239.html"
B("如果你在贷款的时候,就把父母的电话填成了“紧急联系人”,那情况就有点不一样了,按照一些行业规范和合同约定,当贷款机构联系不上你本人,或者你一直不还钱的时候,他们为了找到你,是可以尝试联系紧急联系人的,但请注意,这里的目的是“找到你”,而不是让紧急联系人替你还钱,更不是去骚扰他们!", u, SEO_B)
u = "https://anju.szhome.com/info/nongye/8529527.html"
B("尤其是当催收人员以联系借款人的父母作为威胁时,情况更加复杂。", u, SEO_B)
u = "https://anju.szhome.com/info/minsheng/7047629.html"
B("如果用户逾期未还,花呗催收部门会通过 、短信等方式与用户联系,提醒其尽快还款。", u, SEO_B + " (a word is missing in the source)")
u = "http://glnlw.com/duanxinpingtai/3taw36b99x.html"
B("詢問對方哪家委托機構,催收公司名稱、催收人員號碼以及其他信息。如果對方拒絕提供,那麽我們可以直接掛斷電話。", u, SEO_B + " (Traditional-script mirror of mainland text)")
u = "http://hb54.net/archiver/tid-5608.html"
B("“我想安排笔款到你卡里,等下再帮我转给老向导亲戚,他们服务急需,切勿外传!”", u, "boss-impersonation fraud SMS quoted in a machine-reworded repost of a Shanghai regulator warning (fraud, not debt collection; hard negative)")
u = "http://wplyw.com/danbao/219149.html"
B("收到短信称收到财产保全通知书,账号被冻结,这是常见的网络诈骗手段。", u, SEO_B)
u = "https://lidd.cn/post/7969.html"
B("如果欠费金额较大且长时间未还清,运营商可能会将你的债务委托给催收公司进行追讨。这将给你的生活带来更多的麻烦和压力。", u, "advice article about unpaid phone bills (hard negative)")
u = "https://jingmu.net/html/baike/xd474duh1t1.html"
B("更需要重视的是,移动严重欠费记录会和个人征信挂钩,一般是欠费超100块且时间超三个月,这种情况会被上报征信,以后贷款买房买车、办信用卡时,银行看到不良记录可能会拒绝申请,有同事就因为大学时欠100多块没交,后来买房贷款时还得先结清欠费才顺利审批。", u, "advice article about unpaid phone bills (hard negative: 上报征信)")
u = "https://www.meiyouju.com/zx/257899.html"
B("如果你长时间不交话费,运营商可能会把你的欠费记录上报给征信机构。", u, "advice article about unpaid phone bills (hard negative)")
u = "https://aliyunyh.com/1176166.html"
B("合约套餐用户可能收到法院传票,需承担诉讼费用;", u, "advice article about unpaid data-plan bills (hard negative: 法院传票)")
B("被列为失信被执行人将面临消费限制、信贷受限等后果。", u, "advice article about unpaid data-plan bills (hard negative)")
u = "https://kwbk.net/changshi/oG8K0goMy6.html"
B("电信运营商可能会采取法律手段追讨欠费,包括向法院提起诉讼。欠费行为还可能涉及合同违约,引发合同纠纷。", u, "advice article about unpaid phone bills (hard negative)")
u = "http://news.shfzb.com/bzwd/202507/270361.html"
B("在极端情况下,如果欠费金额较大且长期不处理,运营商可能会通过法律手段追讨欠款,甚至提起诉讼。", u, "Q&A answer about unpaid phone bills (hard negative)")
u = "http://gzxfg.cs-ej.cn/come8ew9/news/itemid-1215.html"
C("尊敬的客户,您好!您在平台上的某笔订单已逾期,请尽快联系 解决您的还款事宜。逾期未还可能作用个人信用记录,并可能致使额外费用产生。如有疑问,请拨打 热线:XXX-XXXX-XXXX。", ["credit_threat"], u, SEO + "; an instalment platform's overdue SMS template (mild), machine-reworded text as published")
C("亲爱的使用者,您好!您的订单为123456789的账单已于X月X日到期,请于今日内完成支付。如未能准时归还,咱们将依照协议收取滞纳金,并可能作用您的信用评分。请账户查看详细账单并尽快操作!", ["urgency", "credit_threat"], u, SEO + "; an instalment platform's overdue SMS template (mild), machine-reworded text as published")
u = "https://dh.lvbiguanjia.com/o/fd0d8e2ec9e36.html"
C("您好,东先生,我是XX银行/平台的催收员。您在【日期】的贷款已逾期,按照合同约定,请您尽快处理还款事宜,以免影响您的信用记录。", ["credit_threat"], u, "collector's opening script quoted in an article on collection phrasing (compliant, mild)")
B("接着,提醒借款人逾期还款可能带来的后果,这里要强调的是合同约定,而不是威胁。", u, "article on collection phrasing (hard negative)")
u = "https://anju.szhome.com/info/minsheng/7900385.html"
B("逾期催收短信通常包含以下内容:提醒用户逾期未付款的事实,明确告知用户已经逾期多久,需要尽快还款。", u, SEO_B)
u = "https://kwcd.bhwang.cn/sy/kSSFDGWa3U.html"
B("上门催收嘛,主要是因为你长时间没还钱,银行或者网贷平台担心你忘记了,或者有特殊情况,所以派人上门来提醒你,同时也是为了保护他们的权益。", u, SEO_B)
u = "https://www.53761.com.cn/zhixiao/zhaiwu/article/168121.html"
B("你好,看到这条信息,估计你是遇到催收短信了,先别慌,我来给你一下咋个回事。", u, SEO_B + " (addresses the reader like a message)")
u = "https://www.yuqile.com/html/yuqi/w4dddirny1h.html"
B("对于恶意逃废债客户,专员会合规采取寄送催款函、移交法务等进一步措施,全程需遵守严格合规要求,保护客户隐私。", u, SEO_B)
u = "https://beta.singtaousa.com/2025-03-09/%e5%85%83%e6%9c%97%e5%9c%b0%e7%94%a2%e8%88%96%e9%81%ad%e6%b7%8b%e6%bd%91%e7%b4%85%e6%b2%b9-%e7%96%91%e8%a2%ab%e6%ac%a0%e5%82%b5%e8%80%81%e9%97%86%e5%8f%8b%e9%80%a3%e7%b4%af/5169484"
C("叫我黎(嚟)整你", ["abuse", "reputation"], u, "HK: poster left on a shop door splashed with red paint over a friend's debt, quoted in news (Sing Tao USA); the bracket is the paper's correction of 黎 to 嚟; short")
B("警方相信有人未還錢被追債,對方得悉欠債人為該地產舖老闆的友人,因而找上門,金錢糾紛不涉及地產舖,地產舖屬無妄之災。", u, HK_B)
u = "https://hd.stheadline.com/ncov/news-detail.php?r=1208585&y=2020"
C("四處行騙、受害者中招", ["reputation"], u, "HK: words on debt-collection leaflets left at a splashed bank-building door, quoted in news (Sing Tao); short")
B("灣仔告士打道56號東亞銀行港灣中心,今早7時11分,被發現遭人淋紅油,玻璃門有大片紅油,地下遺有紅油漬及收數單張,收數單張寫有「四處行騙、受害者中招」等字句。", u, HK_B + " (quotes the leaflet)")
u = "https://global.hk01.com/突发/60327063/将军澳两住宅单位遭淋红油追查-警查cctv拘33岁男涉刑毁"
B("将军澳警区较早时接获报案,指区内两个不同住宅单位怀疑被淋泼红油,疑与追债有关。", u, "HK news (Simplified-script edition) about debt-related red-paint attacks (hard negative)")
B("警方呼吁市民,如发现可疑人士出入住宅大厦应尽快向警方报案。大厦保安员亦应提高警觉,留意异常情况并及时通报。", u, "HK police appeal reported in news (Simplified-script edition; hard negative)")
u = "https://m.dotdotnews.com/s/202309/15/AP6503c0d9e4b0449c0b5c4004.html"
B("警方接報到場調查,暫未知淋油對象是該大廈抑或該扒房,將案列刑事毀壞處理。", u, HK_B)
u = "https://hd.stheadline.com/ncov/news-detail.php?r=1997332&y=2024"
B("北角英皇道14號地下美聯物業門口,今(7日)早上9時39分,職員開舖時發現玻璃門遭淋潑紅油,報報警求助,警員到場調查,將案件列刑毁處現,正調查兇徒動機。", u, HK_B + " (typos as published)")
u = "https://reading.udn.com/read/story/124435/8931449"
B("為避免詐騙期間有人打電話來攪局，假檢警輪流打電話佔線不讓我掛掉，除了核對身家個資和財產外，亦再三提醒偵查不公開，整件事絕不能讓第三者知情，以免牽連無辜人涉案。", u, "TW newspaper reader essay about a fake-prosecutor fraud (hard negative)")
u = "https://reading.udn.com/read/story/124435/8931435"
B("我將此事在家人的line群組上說出來，並且抱怨高鐵的訊號有夠差，傳訊息可以，但講電話完全聽不清楚，害得展Ｘ會的員工白忙一場，對他真不好意思。", u, "TW newspaper reader essay about a near-miss fraud call (family LINE group; hard negative)")
u = "https://cn.bg3.co/a/hua-lian-min-su-fen-zao-kong-xia-bu-gei-qian-duan-shou-duan-jiao.html"
B("花莲的民宿业者有个共同的line群组,最近有越来越多人反应遭到有心人士恐吓勒索,大家人心惶惶;不过,警方有妙招。", u, "TW news (Simplified-script mirror) about extortion calls, not debt collection (hard negative)")
u = "https://std.stheadline.com/realtime/article/1840478/即時-港聞-跑馬地獨立屋外牆遭噴大字-警列刑毀調查"
B("跑馬地包華士道2號一間獨立屋,今早保安員發現門外出入口牆壁及入口側被噴紅油大字。", u, "HK news about graffiti, not a debt (hard negative)")
u = "http://news.43b.com.cn/a/1845166.html"
u = "http://s12.dooland.com/magazine/article_1165458.html"
C("我知道你的店铺地址,你的电话以后别想用了,等着接受短信轰炸吧。", ["abuse"], u, "collector's threat to a fruit-shop owner drawn into a debtor's case, quoted in a procuratorate magazine report (方圆) on a soft-violence collection gang")
B("对于部分不配合的客户,催收公司还使用“轰炸机软件”对客户进行验证码轰炸。", u, "procuratorate magazine report sentence (hard negative)")
u = "http://m.service999.com/article/10934"
C("xxx欠債不還,一千多元的欠款用各種手段拒絕償還,真是知人知面不知心!", ["reputation"], u, "comment collectors posted under 100+ Douyin videos of a debtor's contacts, as quoted from a judgment in an article (Traditional-script copy of a mainland report)")
B("判決書中,被告人辯解他們采取這些方式是迫不得已,“如果不給欠款人壓力,他們是不會還款的。”", u, "article quoting defendants in collection cases (hard negative; Traditional-script copy of a mainland report)")
B("冒充征信工作人員、銀行工作人員、司法人員、鄉鎮村人員,以納入征信黑名單、凍結銀行卡、民事立案、刑事追究等為由,對欠款人及其關系人進行滋擾、威脅、恐嚇。", u, "article listing soft-violence tactics found by courts (describes tactics; hard negative)")
u = "https://taozhai.320500.cn/7775"
B("据最高检2023年典型案例显示,某网贷催收公司通过发送PS图片、群发威胁短信等手段滋扰700余名债务人及无关第三方,最终42名涉案人员因寻衅滋事罪获刑。", u, SEO_B)
u = "https://taozhai.zhenggang.org/archives/4920"
B("部分讨债公司为施压债务人,采用高频短信轰炸、骚扰亲友等“软暴力”手段,不仅严重干扰正常生活,更可能涉及个人信息泄露、隐私权侵害等法律问题。", u, SEO_B)
u = "https://dzrb.dzng.com/general/0/NEWS3238354QMNSPDZQQUPAN"
B("2024年5月,经营商贸公司的小毛(化名)接到一通陌生电话,对方要求他转告同事曹某及时还款。小毛当即表示自己与曹某只是普通同事关系,请对方直接联系本人。", u, "procuratorate case report republished in news (hard negative)")
B("“那段时间医院的公开电话总是被占线,每天都打30多个电话,隔几分钟就响,万一耽误了急救怎么办?”一名被骚扰医院的负责人表示担忧。", u, "procuratorate case report republished in news (hard negative)")
u = "https://ck101.tw/thread-5775610-1-1.html"
B("對此,台水公司也緊急公告,「催繳簡訊」不會提供任何短網址連結,提醒民眾切勿上當。", u, "TW forum repost of news about fake water-bill SMS (hard negative)")
B("貼文曝光後,立刻引出不少網友紛紛表示,自己近期也有收到這封簡訊,但因為警覺性高,而且台灣的水費、電費、瓦斯等費用,「都不會自主寄送欠費簡訊」,積欠第一期費用會累積在第二期帳單,第二期沒有付款才會寄送斷水、斷電、斷瓦斯的「平信」通知單。", u, "TW forum repost of news: people discussing a scam SMS they got (hard negative)")
u = "https://finance.ettoday.net/news/2630559"
B("對此,台灣自來水公司說明,並不是所有用戶都會收到催收簡訊,「必須是『連續2期未繳』且『用水量較大』的用戶,才會寄催繳單並以電話或簡訊輔助通知」。", u, "TW news: the water company on its genuine collection SMS (hard negative)")
u = "https://taisounds.com/news/content/96/132650"
B("刑事局今天再度提醒民眾,台水、台電公司寄給消費者的簡訊,都會使用短碼「111」簡訊。", u, "TW news relaying a police anti-fraud notice (hard negative)")
u = "https://bg3.co/a/cui-jiao-jian-xun-ye-you-zha-pian-tai-shui-jian-xun-qing-ren-ming-fa-song-ma-111.html"
B("水費催繳詐騙簡訊頻傳,臺水公司提醒,水公司自2024年1月起已使用政府專屬簡訊發送短碼\"111\",發送的「催繳簡訊」不會提供任何短網址連結,請民衆認明,如收到可疑簡訊可向臺水公司1910客服專線或165反詐騙專線求證。", u, "TW news mirror relaying a utility's anti-fraud notice (hard negative)")
u = "https://www.cic.police.ntpc.gov.tw/fp-769-2837-28.html"
B("手機「小額付費機制」是透過電話號碼及身分證字號進行身分驗證,若將簡訊通知之認證碼回傳之後,即同意該筆交易,此款付款機制簡單方便、容易操作的特性也成為歹徒最常利用進行詐騙的方式。", u, "TW police anti-fraud notice (hard negative)")
u = "https://www.chinatimes.com/realtimenews/20230602003711-260402"
B("刑事局提醒,當接收附帶短網址連結的訊息,如不慎點擊進入頁面,應詳加查證所引導的網站是否與該公司公布的官方網站相同,亦可透過網域名稱來分辨真偽;", u, "TW news relaying a police anti-fraud notice (hard negative)")
u = "https://talk.ltn.com.tw/amp/article/paper/867327"
B("支付命令是一種簡捷的督促程序,債權人不用打官司,只要依《民事訴訟法》第五○八條規定,具狀陳明金錢債權之數額,債務人收受若未於二十日內異議,債權人即可取得與確定判決等同效力之執行名義。", u, "TW newspaper op-ed by a judge about payment orders (hard negative)")
u = "https://www.judicial.gov.tw/tw/cp-1450-1785-e18e0-1.html"
B("債務人於收受支付命令後20日內如果未提出異議,債權人可以拿確定之支付命令聲請法院強制執行債務人的財產。", u, "TW Judicial Yuan page about payment orders (genuine court information; hard negative)")
u = "https://ihao.org/dz5/thread-1109312-1-131.html"
B("拿到法院發給的支付命令以後,就利用真實的法院支付命令向詐騙對象恫嚇,要他們付錢。若被拒絕就要利用公權力的法院來實施強制執行。", u, "TW forum repost of an article about payment-order fraud (hard negative)")
u = "https://staceylee3306.pixnet.net/blog/post/322351080"
B("舉例而言,某些案例中詐騙集團先以法院名義,寄發數封假造的公文給受害者,再向法院聲請真正有效的支付命令,使民眾以為又收到假公文而不予理會,並藉此取得執行名義及確定判決效力。", u, "TW blog about payment-order abuse (hard negative)")
u = "https://sf-debtdisputelawyer.com/comment_detail.php?nc_id=8&n_id=33"
B("所謂「支付命令」,是指債權人對債務人的請求,如果要請求債務人給付一定數量的金錢、可代替物,或有價證券,可以請求法院對債務人核發支付命令,督促債務人在收到支付命令後二十日內,向債權人清償並負擔程序費用,對於債權人權益影響重大,應有了解之必要。", u, "TW law-firm article (hard negative)")
u = "https://twlawbot.com/legal-knowledge/category/payment-order/payment-order-international"
B("小明戶籍在台北,但長年住美國且無返台計畫。法院把支付命令寄到台北空屋,三個月後自動失效!", u, "TW legal-education article (戶籍; hard negative)")
u = "https://justlaw.com.tw/News01.php?id=9343"
B("而債務人接到支付命令後,如果否認該筆債務存在,就必須在20日內向核發支付命令的法院作「聲明異議」的動作,否則支付命令就會產生「與確定判決同一之效力」,成為「執行名義」,債權人就可以到執行處聲請終局的強制執行債務人的財產。", u, "TW law-firm article (hard negative)")
u = "http://jrf.org.tw/articles/94"
B("近年來,現行支付命令制度於實務上屢遭濫用,或為金融業者不當催收方法,或為不法人士斂財手段,甚至淪為詐騙集團之犯罪工具,導致無辜受害者遍佈全台,民怨沸騰。", u, "TW judicial-reform NGO article (hard negative)")
u = "https://github.com/paipai-Studio/Anti-Fraud/issues/6"
C("受贷款公司委托收款方，如不尽快还款，将严重影响个人征信。", ["credit_threat", "urgency"], u, "a fake-debt fraudster's words on the phone, quoted in a Chongqing police case report copied into a GitHub issue (cbg.cn)")
B("30多岁的雷先生平时做点小生意，7月6日突然收到一条短信，内容大致是说他有一笔贷款未还清，如逾期还款将严重影响个人征信，并将纳入失信人名单。", u, "news report (copied into a GitHub issue) describing a fake overdue-loan SMS in reported speech (hard negative)")
B("“刚转了1万多，没过两天，又收到了这类短信，我突然怀疑自己是不是被骗了！”雷先生这次终于醒悟，选择报警。", u, "news report copied into a GitHub issue (hard negative)")
u = "https://github.com/NeverBehave/tasker-config/issues/77"
B("中国移动CMLink提醒您，如您或亲人收到电话或短信声称如下情况请勿轻信：1.通知您或亲人国内涉案 2.假冒使领馆名义通知您领取信函/包裹 3.通知您护照/签证到期或假冒内政部官员威胁驱逐出境 4.虚构您或亲人出现绑架/意外事件等。", u, "a carrier's genuine anti-fraud SMS pasted into a GitHub issue (hard negative)")
u = "https://github.com/greatghoul/sibi/pull/31"
B("我收到上家给我发的律师函了，该怎么办？", u, "GitHub pull-request title: a person asking about a lawyer's letter they received (hard negative)")
u = "https://github.com/yztz/MsgGo/issues/10"
B("银行客户经理不能群发催收贷款短信，有敏感词提示，有办法解决吗？", u, "GitHub issue comment by a bank account manager about sending loan reminders (work talk; hard negative)")
u = "https://github.com/aqiongbei/buy_pig_plan/issues/39"
B("我想请教一下这个短信轰炸违法嘛， 去哪里举报啊， 警察叔叔说没有证据不受理。", u, "GitHub issue: someone asking about being SMS-bombed (hard negative)")
u = "https://www.hk01.com/%E7%AA%81%E7%99%BC/60317083/%E5%81%87%E7%A0%B4%E7%94%A2%E6%9C%8D%E5%8B%99%E8%AA%98%E9%A8%99%E7%99%BE%E4%BA%BA%E5%80%9F%E8%B2%B8-%E5%91%83-1000%E8%90%AC-%E6%89%8B%E7%BA%8C%E8%B2%BB-%E8%AD%A6%E7%93%A6%E8%A7%A3%E5%9C%98%E5%A4%A5%E6%8B%987%E4%BA%BA"
B("警方強調,香港絕無所謂的「個人小型破產計劃」;任何人若刻意淡化破產後果,訛稱可以「破產但又可以上會買車買樓」,或是「唔使還債、又唔影響信貸」,皆是百分之百的謊言與誤導。", u, "HK news relaying a police warning (Cantonese quotes; hard negative)")
u = "https://m.tingsonglaw.com/ask/detail/2674806"
B("当催收平台向您的同事发送信息催收债务时,您可能需要采取一些措施来应对这种情况。以下是一些建议:", u, "legal Q&A answer (hard negative)")
B("如果催收行为过于激烈或不适当,您的同事可以考虑采取法律途径来解决问题。例如,可以向催收平台发出律师函,要求停止骚扰,并要求提供债务凭证等。", u, "legal Q&A answer (hard negative: 律师函, 同事)")
u = "http://qiyebaizhang.gzzwz.com.cn/z/32702.html"
B("催收短信的发送需要符合相关法律法规,不能涉及违法行为,如威胁、恐吓、辱骂等。", u, SEO_B)
u = "http://m.szhome.com/falv/zhongguo/7590680.html"
B("通过逾期催收函短信通知,借款人会意识到逾期可能带来的法律风险和信用损失,从而降低借款人违约的可能性。", u, SEO_B)
u = "http://anju.szhome.com/info/guangda/6145561.html"
B("这里的联系人,通常是借款人在申请贷款时提供的亲友或配偶。", u, SEO_B)
u = "http://anju.szhome.com/info/zhongguo/7950261.html"
B("逾期催收短信的发送需要遵守相关法律法规,不能过度威胁或骚扰借款人,否则可能触犯法律。", u, SEO_B)
u = "https://www.zunyiba.cn/article/18818.html"
B("有次遇到一位因家人重病欠款的客户,起初他态度消极,说“反正也还不上,随便你们”。", u, "a bank account manager's essay on collecting loans (hard negative)")
B("这件事让我意识到,催收的本质是“解决问题”,用真诚换信任,用合理的方法卸下“债务包袱”,比强硬催收更有效。", u, "a bank account manager's essay on collecting loans (hard negative)")
u = "https://www.renrendoc.com/paper/483048767.html"
B("催收员需明确自身是金融机构与债务人之间的桥梁,核心职责是平衡双方利益,而非单纯施压,需具备法律合规意识和矛盾化解能力。", u, "collector-training slide text (hard negative)")
u = "https://next.mirrormedia.mg/story/20230711web001"
B("其他網友看完後,覺得藍衣男給出的理由有點奇怪,於是再透過該男聯絡方式深入詢問細節,才知道對方應是跟地下錢莊借錢,債務從15萬元滾到60萬元,催債日逼近卻無力償還,才會出此下策。", u, TW_B)
u = "https://lawseye.com/article/HLHM%2C104%2C%E4%B8%8A%E6%98%93%2C110%2C20151225%2C1"
B("上列上訴人因被告恐嚇案件,不服臺灣花蓮地方法院103年度易字第385號中華民國104年7月31日第一審判決(起訴案號:臺灣花蓮地方法院檢察署103年度偵續字第34號),提起上訴,本院判決如下:", u, "TW appellate judgment text (genuine court text; hard negative)")
u = "https://lawplayer.com/judgment/HLHM,107,上易,5,20180530,2"
B("鄭輝敏犯恐嚇危害安全罪,處拘役貳拾伍日,如易科罰金,以新臺幣壹仟元折算壹日。", u, "TW appellate judgment text (genuine court text; hard negative)")
u = "https://lawplayer.com/judgment/TCHM,111,上訴,1055,20220712,1"
B("甲○○共同犯重利罪,處有期徒刑參月,如易科罰金,以新臺幣壹仟元折算壹日。", u, "TW appellate judgment in a usury case (genuine court text; hard negative)")
u = "https://law-next.pages.dev/j/UENETSwxMTQs57Ch5LiKLDMxMCwyMDI1MTIyMywx.html"
B("上列上訴人即被告因妨害自由等案件,不服本院於民國114年7月31日114年度簡字第1937號第一審刑事簡易判決(聲請簡易判決處刑案號:114年度偵字第14614號),提起上訴,本院管轄之第二審合議庭判決如下:", u, "TW judgment text mirror (genuine court text; hard negative)")
u = "https://www.amcadga.com/archives/4221"
B("為確保客戶之權益,信用卡業務機構出售信用卡不良債權予資產管理公司之契約應至少載明下列事項:", u, "TW regulation text reposted on a blog (hard negative)")
u = "https://easy-law.net/blog/debt/collection/amc-collection-compliance"
B("這代表,除非取得債務人同意,所有催收活動必須在上午七時至晚上十時之間完成。超出此時間的電話或拜訪,即構成騷擾,屬於違規行為。", u, "TW legal blog on collection compliance (hard negative)")
u = "https://www.stheadline.com/local-topics/3540741/WeChat%E6%94%B61200%E9%99%8C%E7%94%9F%E4%BA%BA%E8%BD%89%E5%B8%B3-%E6%B8%AF%E7%94%B7%E5%87%8C%E6%99%A8%E6%A9%AB%E8%B2%A1%E6%83%B9%E9%A8%99%E5%B1%80%E7%96%91%E9%9B%B2-%E9%81%8E%E4%BE%86%E4%BA%BA%E6%8F%AD%E8%87%AA%E4%BF%9D%E7%AD%96%E7%95%A5Juicy%E5%8F%AE"
B("「請問你哋有冇試過微信（WeChat）支付，突然收到一個唔識嘅人過咗錢入去？」", u, "HK news quoting a Facebook post about an unknown WeChat Pay transfer (Cantonese 過錢; hard negative)")
B("「任何人入錯數千祈唔好自己退，而家太多騙案」、「千萬不要自己過返條數比佢」。", u, "HK news quoting netizens' warnings (Cantonese 過數; hard negative)")
u = "https://bafybeiheqonyv2pafiyvecvpdbm2d7unfinsdtut3lwrytltkni7xxfbza.ipfs.dweb.link/20110225/GKER4WYGJOEBFLRXL7UXOLFVKQ/index.html"
B("一些客仔發現有問題,即時要求取消申請,你不借錢,資料已在人家手上,照追數,不肯還?便遭收數佬滋擾,不勝其煩。", u, "HK newspaper column (archived copy) about loan sharks (Cantonese; hard negative)")
u = "http://caolvse.com/d/1037468.html"
B("催款短信之所以都有退款t,是因为有些催款短信是统一发送的,没有筛选用户的实际还款情况,只是起到通知还款的作用 。", u, SEO_B + " (typos as published)")
u = "https://www.roverxp.com/news/341595.html"
B("他们通过伪造或非法获取个人信息,向借款人发送虚假或恐吓性的通知逾期催收信息,以此胁迫借款人支付高额的情况滞纳金或“保证金”。", u, SEO_B + "; machine-reworded text as published")
u = "https://anju.szhome.com/info/zhaoshang/7255595.html"
B("家庭固话或亲属手机号:如果注册手机号无法联系上欠款人,可以尝试拨打其家庭固话或者亲属手机号,通过亲属转达信息,提醒欠款人还款。", u, SEO_B)
u = "https://www.qq959.com/news/617352.html"
B("收到短信称恶意透支信用卡立案,需谨慎对待。应先确认短信是否来自银行或其他官方渠道,并检查个人信用卡账户是否存在逾期或透支情况。", u, SEO_B)
u = "https://www.qq959.com/news/438147.html"
B("不要轻信威胁性言论:如果短信中使用了威胁性的言论,如声称已透支金额巨大并面临法律后果等,不要立即陷入恐慌,先通过官方渠道核实信息的真实性。", u, SEO_B)
u = "https://www.qq959.com/news/703486.html"
B("诈骗分子常常利用短信、电话等手段进行诈骗,其中涉及信用卡诈骗是一种常见的形式,他们可能会伪造银行或相关机构的号码,发送虚假的提示信息,以获取个人财务信息或诱导进行某些操作。", u, SEO_B)
u = "https://www.qq959.com/news/703488.html"
B("如果发现信用卡确实存在异常交易或已经遭受欺诈,应及时向公安机关报案,并提供相关证据和资料。", u, SEO_B)
u = "https://87r.qq959.com/news/itemid-617004.html"
B("收到短信称贷款恶意透支,首先要保持冷静,并尽快采取以下措施。", u, SEO_B)
u = "https://kwcd.bhwang.cn/rd/53naMmc0Th.html"
B("有些不法分子会冒充金融机构,发送虚假的起诉短信,目的是让你恐慌,做出一些不理智的,比如汇款给不法分子,拨打短信中的电联,泄露你的个人信息。", u, SEO_B + " (words missing in the source)")
u = "http://glnlw.com/duanxinpingtai/ajjne7pd0i.html"
B("用戶沒有帶過款就不用管,就算萬壹是真的,只要證明這不是本人操作的貸款,就是無效的,這是因為個人資料泄露被別人所利用,這時候就要報警維護自身的權益。", u, SEO_B + " (Traditional-script mirror of mainland text)")
u = "http://crsrw.com/falvjiangtang/173091.html"
B("首先需要確認短信中提到的仲裁機構是否真的存在。可以通過搜索引擎或者政府相關部門官網查詢。", u, SEO_B + " (Traditional-script mirror of mainland text)")
u = "http://guanxian.org/consult/yqfenqi/632774.html"
B("按照一般的仲裁程序,仲裁委员会不会仅通过短信形式通知相关事宜。", u, SEO_B + "; machine-reworded text as published")
u = "https://yanggu.tv/webgov/yqfenqi/443829.html"
B("近年来部分不法分子利用人们的不知情,通过发送虚假的仲裁短信来实诈骗。这些短信往往声称对方有金融欠款并倘若不及时还款,将面临严重的法律影响。", u, SEO_B + "; machine-reworded text as published")
u = "https://csai.cn/loan/1427917.html"
B("前几天我手机突然收到一条短信,说我某笔网贷逾期了,要是不及时处理就要上征信。当时我整个人都懵了——我压根没借过这笔钱啊!", u, "finance-site article: someone reporting an overdue-loan SMS they got (reported speech; hard negative)")
u = "https://51taibao.com/zixun/10637887020.html"
B("近年來詐騙案件頻發,許多負債人收到各種仲裁委員會的電話和短信。這些詐騙分子利用人們的恐慌心理,以仲裁實施,誘使當事人泄露個人信息或支付所謂的“和解費用”。", u, SEO_B + " (Traditional-script copy of mainland text)")
u = "https://tw.news.yahoo.com/%E5%BD%B0%E5%8C%9614%E6%AD%B2%E5%9C%8B%E4%B8%AD%E7%94%9F%E5%80%9F3%E8%90%AC%E9%81%AD%E5%9C%B0%E4%B8%8B%E9%8C%A2%E8%8E%8A%E9%80%BC%E5%82%B5-%E5%80%9F%E9%8C%A2%E7%8D%8E%E7%8B%80-%E8%B2%BC%E9%9B%BB%E7%B7%9A%E6%A1%BF%E5%BC%95%E7%86%B1%E8%AD%B0-050552566.html"
g = "https://news.ltn.com.tw/news/society/paper/1733662"  # same story as a batch-1..10 source
B("14歲國中生在社群平台表示，自己被地下錢莊逼債，不知道怎麼辦，並貼出向地下錢莊借款3萬元、年利率10%借據和本票。", u, "TW news (Newtalk via Yahoo) about a teenager pressed by a loan shark (hard negative)", group=g)
B("警方指出，3萬元本票與10%高利率，調查是否涉及《刑法》第344條重利罪；其次，查辦張貼個資海報的違法行為，另外將與校安系統合作，釐清是否有不法組織介入校園或涉及賭博等情事。", u, TW_B, group=g)
u = "http://catechistsonline.com/hkcdweb/content/2025/08/16/content_8709189.html"
g = "https://www.hk01.com/%E7%AA%81%E7%99%BC/60267095/%E8%AD%A6%E6%90%97%E9%9D%9E%E6%B3%95%E6%94%B6%E5%82%B5%E6%94%B6%E6%95%B8%E9%9B%86%E5%9C%98%E6%8B%9823%E4%BA%BA-%E5%8C%85%E6%8B%AC16%E6%AD%B2%E9%AA%A8%E5%B9%B9-19%E6%AD%B2%E6%B7%8B%E6%B2%B9%E5%85%A7%E5%9C%B0%E9%9D%92%E5%B9%B4"
B("警員經(jīng)深入調(diào)查後鎖定一個非法收債集團(tuán),相信集團(tuán)成員利用通訊軟件招攬他人進(jìn)行非法收債活動,拘捕4名本地男子,年齡介乎16至22歲,相信為集團(tuán)骨幹成員,均涉嫌「串謀刑事毀壞」。", u, "HK news mirror (HK Commercial Daily copy; pinyin annotations of the mirror kept as published) about an illegal debt-collection gang (hard negative)", group=g)
u = "https://orientaldaily.on.cc/cnt/news/20121212/00176_028.html"
B("屯門近期出現先淋油恐嚇後「收錢」的勒索手法,兩名分別十六歲及廿三歲青年,本月初採用有關手法,向青柏徑一間開張不久的寵物店鐵閘淋紅油,數日後再致電東主勒收保護費,東主拒絕並報警,警方經連日埋伏監視,昨晚趁兩青年再前往該店收錢時將其拘捕,在其中一人身上檢獲懷疑犯案時曾使用iPhone手機。", u, "HK news about protection-money extortion, not a debt (hard negative)")
u = "https://udn.com/news/story/7320/9194143"
B("後來謝男謊稱回租屋處拿錢還債，由葉姓男子開車載他返回淡水北新路，陸男自行騎機車返回淡水，途中趁機報警。", u, "TW news about a gambling-debt abduction report (hard negative)")
u = "http://news.cts.com.tw/cts/society/200904/200904210265149.html"
B("警方透過電話交叉比對,初步判定極有可能是詐騙集團,利用學校、家長擔心小朋友受害的弱點,用亂槍打鳥的方式電話詐騙。", u, "TW TV news about extortion calls to schools (hard negative)")
u = "http://tvsmo.com/b5/5/6/24/n964372.htm"
B("高雄市多所學校校長最近接獲歹徒電話勒索新台幣五到十萬元跑路費,如不從,歹徒揚言要對學生不利,或在校園放炸彈,引起校方緊張;警方已接獲六所學校校長報案,正全力偵辦中。", u, "TW news copy (Epoch Times via CNA) about extortion calls, not a debt (hard negative)")
u = "https://en.cofacts.tw/article/3bjsn9qnyn6iv"
B("這則訊息中提到了對方可能會提告、讓你成為警示戶,並且催收部門會上門要求提早還款。閱聽人需要注意的地方在於,這樣的言論可能帶有威脅性,並且可能是詐騙手法的一種。", u, "Cofacts (TW fact-check site) AI analysis of a forwarded debt message: describes the threats, addresses no debtor (hard negative)")
u = "https://ja.cofacts.tw/article/3viok7ufqsyl0"
B("這則訊息中提到了「提告書一個禮拜後的時間郵寄到你家裡」,這樣的描述可能讓人懷疑其真實性。在法律程序中,提告書通常需要透過正式程序送達,而不是透過郵寄到個人家中。", u, "Cofacts (TW fact-check site) AI analysis quoting a forwarded collection message (hard negative that quotes a threat)")
u = "https://taozhai.zhenggang.org/archives/5806"
B("通过监控债务人的社交平台动态(如焦虑情绪的表达),催收公司调整沟通策略,采用温和或施压的混合方式。识别其社交圈中的关键人物(如亲友或同事),通过间接施压促使其还款。", u, SEO_B)
u = "https://4fzw.com/p/371899782_487222039"
B("嘿,朋友们,最近是不是收到过一些1068开头的短信,说是什么诉前调解通知?这可真是让人一头雾水啊。", u, SEO_B)
u = "http://guanxian.org/consult/yqdongtai/669179.html"
B("当您突然收到一条来自“中兴金融调解中心”的短信时有可能感到困惑甚至焦虑。", u, SEO_B + "; machine-reworded text as published")
u = "http://baiqi.makepolo.com/zixun/10634168690.html"
B("检查发件号码:正规的支付宝诉前调解短信一般会采用官方客服电话或特定的服务号码发送例如95188。假如号码异常,可能是诈骗信息。", u, SEO_B + "; machine-reworded text as published")
u = "https://anju.szhome.com/info/jianshe/8025304.html"
B("收到京东金条的诉前调解短信时,千万不要慌张。保持冷静是最重要的。", u, SEO_B)
u = "https://www.kfhhf16.cn/post/liao-ning-shang-shi-tiao-jie-fa-lai-de-duan-xin-shi-zhen-de-ma.html"
B("收到短信以后,大家第一反应就是紧张,尤其如果短信里提到你有逾期未还款、法院起诉、资产冻结等,说白了,就是给你施压。这个时候,你一定要冷静,先不要慌张。", u, SEO_B)
u = "https://yanggu.tv/webgov/yqdongtaizt/362165.html"
B("同时短信可能将会告知持卡人逾期还款可能引起的资产保全措,如冻结账户、提起诉讼等。", u, SEO_B + "; machine-reworded text as published")
u = "https://houseloan.tw/compulsory-execution-solution"
B("如果說支付命令是一封討債預告,強制執行就是實現預告內容,合法用公權力討債的手段;討債的方法很簡單,有錢就還錢,沒錢就拍賣財產用來抵債,直到債權人要求的債權得到滿足才會停止。", u, TW_B)
u = "http://lylaw.tw/article-content.asp?ids=81"
B("贏得一場官司,對許多人而言,是歷經漫長煎熬後的一縷曙光。然而,當判決書的墨跡未乾,喜悅的心情卻可能迅速被現實的殘酷所取代——「判決書我拿到了,但對方兩手一攤,就是不還錢,怎麼辦?」", u, "TW law-firm article (hard negative)")
u = "http://www.zeelive.com.tw/a/%e5%82%ac%e6%94%b6%e6%98%af%e4%bb%80%e9%ba%bc%e6%84%8f%e6%80%9d.html"
B("催收通常涉及債權方自己或委託第三方機構,使用電話、簡訊、信函等方式聯繫借款人,要求其履行還款義務。", u, "TW knowledge-site article (hard negative)")
u = "https://kwcd.bhwang.cn/rd/fYHp65rnOr.html"
B("你收到了这样的催收函,说明你的信用卡已经逾期还款了,需要尽快处理,不要慌张,要冷静下来看清催收函上的所有信息,确认欠款金额和逾期天数是否正确,根据自己的实际情况,制定一个还款计划,自己解决不了,也可以联系银行网贷平台的服务,寻求帮助。", u, SEO_B + " (addresses 'you')")
u = "http://wwpfw.com/xinyongqiataoxian/96746.html"
B("第六十八條發卡行應當向債務人本人及其保證人催收,不得向與債務無關的第三人催收,不得使用暴力、脅迫、恐嚇、辱罵等不正當手段催收。", u, "mainland rule text (Traditional-script mirror) on credit-card collection (hard negative)")
u = "http://vampent.com/doc/a11.html"
C("催收公司红色警告:郑丽电话在借款后失联,催收公司1小时后将介入轰炸通讯录最近联系人、家人与朋友亲戚,请督促TA还款……", ["third_party_contact", "urgency", "abuse"], u, "collector SMS from a 171 number sent to a borrower's former boss, quoted verbatim in a 2018 news report reposted on a content farm (name is the report's pseudonym)")
B("5月25日,从接到一条催债短信之后,王先生的手机陆续遭到上千条短信“轰炸”。不过欠债的并非他本人,而是他电话通讯录里的一个前下属郑丽(化名)。", u, "news report (reposted) about a borrower's contact being SMS-bombed (hard negative)")
B("记者随后调查发现,一些借贷公司在接受贷款申请后,会要求提供通讯录及亲友联系方式等信息,并有催债公司通过电话、短信骚扰方式催债。", u, "news report (reposted; hard negative)")
u = "https://m.163.com/dy/article_v5/KNBLUCG40553T643.html"
B("接,可能是辱骂和威胁;不接,通讯录里的亲友很快就会被骚扰,问你是不是在外犯了事。更过分的是P图群发、发送灵堂花圈,用各种方式让人难堪。", u, "opinion article about violent collection (addresses 'you' while describing tactics; hard negative)")
B("欠债还钱天经地义,但债务是民事纠纷,不是刑事犯罪,就算是失信人员,也有法律程序约束,轮不到不法分子随意恐吓威胁。", u, "opinion article about violent collection (hard negative)")
u = "https://www.lvbishangwu.com/yqnews/cjzs/article/32375.html"
B("咱们先说重点,网贷逾期后,催收人员给借款人家人打电话这事儿,是真的。但是,这并不意味着他们可以随意打电话骚扰或者泄露个人隐私。", u, SEO_B)
u = "https://m.shutu.cn/template/p7221486.html"
C("嚷什么嚷,再嚷铲你一耳屎", ["abuse"], u, "a hired debt-collection crew's words to a debtor company's boss, as recounted in a first-person account on a document-template site (weak provenance: an essay, not a record)")
B("债务人虽然是公司,但是追债公司找的实际是该公司的负责人,因为这是个一人有限公司。", u, "first-person account of hiring a debt-collection firm (hard negative)")
u = "http://www.604.net.cn/html/4201835858.html"
B("凡事都要与时俱进,为了配合现代文明社会的要求,我们这种以前只会做粗活赚钱的人如今也开始学会使用文绉绉的文明用语,进行文明讨债了。", u, "debt-collection firm's blog post (hard negative)")
u = "https://www.shouzhai.net/html/hefashouzhang/taozhaiboke/2019/1114/2092.html"
B("想做好职业讨债人必须有一项基本功,也可以说是我们这些人的一个特点或本领—察言观色,把握别人的心理活动。", u, "debt-collection firm's blog post (hard negative)")
u = "http://wen.ccczen.com/c/cuikuan12raypih.html"
B("考虑到贵我的友好合作关系,敦请贵司于xx日内(即xx年xx月xx日前)结清上述款项(后附欠款信息、相关财务信息及我司联系方式)。", u, "business payment-demand letter template between companies (genuine dunning letter; hard negative)")
B("本函不得视为我司放弃对贵司的违约金等任何合法权益,如贵司未按上述期限履行付款义务,我公司将按约定向贵司追索欠款及利息,并选择在某一适当时机通过法律手段维护我司合法权益的权利,届时贵公司可能要承担诉讼而带来的更大损失。", u, "business payment-demand letter template (lawful legal-action notice between companies; hard negative)")
u = "https://www.ivy.com.tw/column/cont/2023031310592425691"
B("第三種則是會向對方明白表示如再沒收到款項,將會採取法律行動。", u, "TW English-learning column on business dunning letters (hard negative)")
B("本公司記錄顯示,您訂購(某貨品)的貨款逾期未付。", u, "TW English-learning column: a sample business reminder sentence (genuine-reminder style; hard negative)")
u = "https://www.huarenca.com/huarenbbs-164943-1-1.html"
B("珍姐沒吵沒鬧,只將當年簽的借據、銀行過數紀錄,連同表親在社交媒體曬新車的截圖,用掛號信寄到對方公司。", u, "HK-style forum post about recovering a private loan lawfully (過數; hard negative)")
B("更常見是小額錢債審裁處,七萬五千元以下債務免律師,填張申索表交$120,傳票直接送到欠債人手上。", u, "HK-style forum post about the Small Claims Tribunal (hard negative)")
u = "https://www.samsungetf.com.hk/loan/2356"
B("無論是江湖救急,還是創業週轉,親友間的私人借貸在香港十分普遍。然而,多少關係最終因金錢瓜葛而破裂?", u, "HK loan-advice article sentence (hard negative)")
u = "gaolizhan/rongke rongke-common/src/main/java/com/rongke/commons/constant/PushTemplate.java"
g = "gaolizhan/rongke rongke-common/src/main/java/com/rongke/commons/constant/MsgTemplate.java"  # same lender, SMS twin of these push texts
C("{0}先生/女士，您在易融花的借款已经逾期1天，请及时还款，以免影响个人信用！如已还清，请忽略~~可打开APP查看详情。", ["credit_threat"], u, "a lender's overdue push-notification template in public code (mild; the 3- and 5-day variants differ only in the number and are left out)", group=g)
B("亲爱的用户，您有账单将于3天后即{0}号到期，请及时操作处理，可打开APP查看详情。", u, "a lender's pre-due push-notification template in public code (genuine reminder)", group=g)
B("亲爱的用户，您有账单今天到期，请及时操作处理。您还可以选择续期，请打开APP查看详情。", u, "a lender's due-today push-notification template in public code (genuine reminder)", group=g)
u = "fanmengmeng/springboot src/main/java/com/test/springboot/common/constant/SmsConst.java"
B("【速租】尊敬的%s用户，您的订单将在3天后到期，请及时充值。", u, "a rental platform's SMS template in public code (genuine pre-due reminder)")
B("【速租】尊敬的%s用户，您的订单明天就到期了，请及时充值。", u, "a rental platform's SMS template in public code (genuine pre-due reminder)")
B("【速租】尊敬的%s用户，您的订单因超时未确认，现已取消。若还需要，可前往APP再次申请。", u, "a rental platform's SMS template in public code (genuine notice)")
u = "kevinDu24/cmsxc cmsxc-a1public/cmsxc-g-common/src/main/java/cn/com/leadu/cmsxc/common/util/MessageTempletConstants.java"
B("您的任务『车牌号』有新的催收记录，请及时查看", u, "a vehicle-recovery platform's staff notification template in public code (work message about collection; hard negative)")
B("您的委托任务『车牌号』有新线索出现，任务所属公司：『催收公司名称』『催收公司内勤电话』", u, "a vehicle-recovery platform's staff notification template in public code (work message; hard negative)")
B("『车牌号』的任务现已取消委托，请停止相关动作", u, "a vehicle-recovery platform's staff notification template in public code (work message; hard negative)")
u = "qq744788292/cnsoft 0.1.4/AEK-MMIP-Operation/src/main/java/com/aek56/constants/ISAek56SMSConstants.java"
B("【您的证件资料已经过期，请尽快更新！】名称，编号", u, "an SMS template description in public code (genuine expiry reminder; hard negative)")
u = "https://www.523it.com/g/97191.html"
C("您已逾期,请立即还款,否则将上报征信、采取法律措施!", ["credit_threat", "legal_threat", "urgency"], u, SEO)
C("您已严重逾期,请立即还款,否则将采取法律手段!", ["legal_threat", "urgency"], u, SEO)
B("第四,不得冒充国家机关,XX市公安局金融科通知”“法院即将立案”,这种就是赤裸裸的违法,真要走司法程序,人家会寄正式传票,不会靠一条短信吓唬你。", u, SEO_B + " (quotes fake-authority wording; a quotation mark is missing in the source)")
u = "https://www.523it.com/g/124722.html"
C("尊敬的客户,您在我司的贷款已严重逾期,请立即还款,否则将影响征信并采取法律措施。", ["credit_threat", "legal_threat", "urgency"], u, SEO)
B("不是所有带“银行”“金融公司”字样的短信都靠谱,现在很多网贷平台、助贷机构甚至第三方催收公司,都会用模棱两可的措辞给你发通知,它们可能根本不是原始债权人,甚至连正规持牌机构都不是。", u, SEO_B)
u = "https://www.hefeilaws.com/hf/809018.html"
B("如果你在注册时填写了单位座机、部门名称甚至领导联系方式,那么在极端情况下,平台或第三方催收机构是很有可能把你违约行为告知单位的。", u, SEO_B + " (addresses 'you' about contacting the employer)")
u = "https://www.271shop.com/news/370761.html"
B("无论哪种情况,收到网贷逾期短信时都需要保持冷静,仔细核实短信内容的真实性,如果确认存在逾期情况,需要及时与贷款机构联系并处理,如果不确定如何处理,可以咨询专业律师或相关机构的意见,也需要加强个人信息的保护,避免不必要的风险。", u, SEO_B)
u = "http://www.guanxian.org/consult/xyqxue/09173379714.html"
B("当催收短信直接发给家人,不仅会让家人感到尴尬,还可能破坏家庭关系。家人可能并不知道借款的具体情况,突然收到这样的短信,难免会怀疑是不是出了什么大事。", u, SEO_B)
u = "https://fdjsq.seafarer.love/news/7808.html"
B("律师函就是律师事务所写的正式通知,告诉借款人你逾期了,需要赶紧还钱,简单说,就是律师代表平台给你发个“最后通牒”。", u, SEO_B + " (quotes 最后通牒)")
u = "https://www.lvbishangwu.com/yqnews/cjzs/article/28246.html"
B("记住,贷款机构或者银行是不会通过短信来通知你诉讼的,他们会直接联系你或者通过法律途径。所以,收到这种短信,先确认一下,再行动。", u, SEO_B)
u = "http://anju.szhome.com/info/zhongguo/7755337.html"
B("我们要明确的是,消费金融公司确实有权利采取法律手段追讨逾期债务。根据我国相关法律规定,消费金融公司有权向法院提起诉讼,要求借款人还款。", u, SEO_B)
u = "https://www.523it.com/g/90141.html"
# (its SMS '您在我司的贷款已连续逾期3天,请立即还款,否则将上报征信并采取法律措施' nearly copies a tuning item: left out)
C("因您长期拖欠,我方已委托第三方催收公司介入,请注意查收函件!", ["legal_threat"], u, SEO + "; hand-over to a collection agency and a letter")
B("不会威胁恐吓:正规机构不会用“马上起诉”“冻结账户”“上门抓人”这类语言,那是催收公司的套路。", u, SEO_B + " (quotes threat wording)")
u = "https://www.523it.com/g/105363.html"
C("尊敬的客户,您名下贷款已逾期,请立即还款,否则将影响征信!", ["credit_threat", "urgency"], u, SEO)
B("所以第一步,绝对不要点击短信里的任何链接!更不要拨打短信里提供的所谓“客服电话”。", u, SEO_B)
u = "https://www.523it.com/g/148128.html"
C("【XX金融】您的贷款已严重逾期,涉嫌恶意拖欠,将面临法律诉讼,个人征信将永久拉黑,限您24小时内立即处理,否则将联系您的家人朋友及单位……", ["legal_threat", "credit_threat", "urgency", "third_party_contact"], u, SEO)
C("您的贷款已进入调解阶段,请尽快处理,否则将面临法律程序。", ["legal_threat", "urgency"], u, SEO + "; a 'mediation centre' SMS")
B("小王因为疫情期间收入受影响,不小心让某网贷平台的欠款逾期了几天,很快,他就收到了一条催收短信,内容非常吓人,说要“上门催收”、“让他在小区里抬不起头”,还威胁要联系他父母,小王当时吓坏了,晚上都睡不着觉。", u, SEO_B + " (reports threats in third person)")
u = "https://www.523it.com/g/104943.html"
C("您已涉嫌贷款诈骗,请立即还款,否则将移交公安机关处理!", ["criminal_threat", "urgency"], u, SEO)
B("还有一点要提醒大家:现在不少第三方催收公司打着“法务”“调查组”的旗号,用仿官方口吻发短信,内容极具迷惑性,", u, SEO_B + "; cut at the excerpt's end")
u = "http://12hmmsf.icu/352815340.html"
B("不是真的。这种短信很可能是诈骗短信,骗取您的个人信息或者转账诈骗。如果您收到银行冻结或者解冻等相关信息,建议直接拨打银行客服电话进行确认,不要随意点击短信中的链接或者拨打短信中的电话号码。", u, SEO_B)
u = "https://www.271shop.com/news/366429.html"
B("如果是真实的,这通常是因为你可能有未偿还的债务或与银行有某种纠纷,银行可能会采取法律手段冻结你的账户,在这种情况下,银行通常会通过正式的法律途径来执行冻结操作,并且会向你提供详细的解释和通知。", u, SEO_B)
u = "http://www.lsjtcx.cn/128390.html"
B("网贷逾期微信支付账户被冻结的短信需谨慎对待。根据《中华人民共和国网络安全法》,诈骗信息常冒充官方。若短信声称银监会解冻需收费,则为诈骗。", u, SEO_B)
u = "http://www.gdhct.com/news/572.html"
B("首先,我們需要理解財產保全的概念。財產保全是一種法律程序,旨在確保債權人能夠追回自己的債權。但是,財產保全并不會通過短信方式通知債務人。", u, SEO_B + " (Traditional-script copy of mainland text)")
u = "https://www.rrlicai.com/daikuan/61559.html"
B("催收机构: 当借款人长期拖欠债务时,债权人可能会委托催收机构进行催收。催收机构为了提高催收效率,会利用借款人害怕失信的心理,发送虚假或夸大失信后果的短信,迫使借款人还款。", u, SEO_B)
u = "https://m.sqrb.com.cn/lvbaiye/yqpt/1578448.html"
B("倘使短信中包含性的语言比如“不还款将永久冻结账户”或“立即联系 否则影响自负”,那么这很可能是诈骗信息。", u, SEO_B + "; machine-reworded text as published (quotes threat wording)")
u = "https://www.523it.com/g/106440.html"
C("您在XX平台的贷款已严重逾期,即将上报征信,请立即还款,否则将采取法律手段!", ["credit_threat", "legal_threat", "urgency"], u, SEO)
B("真正的金融机构不会通过短信发链接让你“立即还款”,更不会用“上门抓人”“冻结资产”这种话术威胁你,这些都是典型的催收施压手段,甚至可能是第三方催收公司越界操作。", u, SEO_B + " (quotes threat wording)")
u = "https://www.523it.com/g/119076.html"
C("您名下的贷款已严重逾期,我司将于3日内向法院提起诉讼,请尽快还款,避免承担法律责任。", ["legal_threat", "urgency"], u, SEO)
B("首先得明确一点:你手机上收到的这类短信,绝大多数不是法院发的,也不是具有法律效力的司法文件,它更像是金融机构或第三方催收公司在正式起诉前发出的“最后通牒”。", u, SEO_B)
u = "https://www.523it.com/g/104495.html"
C("您在XX平台的贷款已严重逾期,请于24小时内还款,否则将安排工作人员上门核实情况。", ["home_visit", "urgency"], u, SEO)
C("法务部门已介入,实地走访即将启动,请配合处理。", ["legal_threat", "home_visit"], u, SEO)
C("我们明天就到你家楼下,希望你能当面沟通。", ["home_visit", "urgency"], u, "collector's phone line quoted in a legal-advice/SEO article (may be an illustrative example)")
B("举个真实案例:我的当事人小林(化名)在某网贷平台借了8000元,因失业连续三个月没还,平台先是发短信说“即将安排实地走访”,后来又打电话称“工作人员已在小区附近”,小林吓得整晚睡不着,甚至想东拼西凑去借高利贷还钱。", u, SEO_B + " (reports threats in third person)")
u = "https://www.qq959.com/news/962193.html"
B("如果对方真的上门催收,一定要核实对方的身份,可以要求查看对方的身份证明和工作证件,以确保对方身份的真实性。", u, SEO_B)
u = "https://www.hefeilaws.com/hf/154489.html"
B("收到网贷逾期外访短信并不一定意味着外访人员真的会上门。这些短信可能是催收机构采取的一种催收手段,目的是吓唬借款人,促使其尽快还款。", u, SEO_B)
u = "https://53761.com.cn/shenka-2/77364.html"
B("事实上,逾期外访通知短信是真实存在的。一旦您逾期未还款项,贷款机构可能会委托专业的催收公司进行外访,以尽快收回欠款。", u, SEO_B)
u = "https://anju.szhome.com/info/gongshang/7911625.html"
B("有些不法分子会冒充网贷公司或催收机构发送虚假的催收短信,诈骗用户的个人信息或财产。因此,一些用户对收到的催收短信持怀疑态度。", u, SEO_B)
u = "https://hefeilaws.com/hf/736507.html"
B("若父母因长期逾期未还款被法院列为“失信被执行人”(俗称“老赖”),根据《最高人民法院关于限制被执行人高消费的若干规定》,子女就读高收费私立学校将受到限制,但需注意,公立学校和普通民办学校不受此约束,部分国际学校在招生时可能审查家长信用状况,导致子女入学受阻。", u, SEO_B)
u = "https://www.hgctkx.cn/dk/1786.html"
B("最近老张收到催收短信说\"信用卡逾期影响孩子考大学\",吓得他连夜凑钱还款。实际上,这种情况需要分情况看待。", u, SEO_B + " (reports a threat in third person)")
u = "https://www.hefeilaws.com/hf/308498.html"
B("被起诉后积极应诉,避免“失信”:若已收到法院传票,务必在开庭前与银行达成和解,或在判决后按时履行还款义务,防止被列入失信名单。", u, SEO_B + " (addresses the reader about a court summons)")
u = "https://www.haokouzi.cc/kz/30859.html"
B("最近收到不少粉丝私信问:\"老张啊,听说征信黑了会影响孩子上学?我家娃明年要考公务员了,这可咋整?\"", u, "finance blog quoting a reader's question (hard negative)")
u = "https://falvchangshi.com/xykyq/81990.html"
B("“父母被法院纳入失信被执行人名单,不会影响子女正常接受教育的权利。在此特别提醒广大家长和学子,做到知法、守法、懂法,不信谣、不传谣。”北京市高级人民法院执行局法官助理李航说。", u, "legal site repost of an Economic Daily report quoting a court official (hard negative)")
u = "https://www.271shop.com/news/557386.html"
B("收到信用逾期短信,需先核实真伪。可通过短信中的链接或拨打银行客服热线确认。如为真,应尽快还款。若是诈骗短信,可报警。", u, SEO_B)
u = "https://www.523it.com/g/104134.html"
C("尊敬的客户,您在我司申请的贷款已严重逾期,请立即还款,否则将影响征信并移交法务部门处理!", ["credit_threat", "legal_threat", "urgency"], u, SEO + " (the page quotes a near-identical 'xx平台' variant too, left out)")
B("别急着转账!也别急着自责是不是真忘了哪笔贷款没还,这些年,这类以“贷款逾期”为名的诈骗短信和电话,已经成了骗子们的“标准剧本”,很多人一慌神,点进链接填了信息,或者直接转了钱,结果才发现——自己根本没贷过款,更别说逾期了!", u, SEO_B)
u = "http://47.96.164.84/ljdb/pc/content/202204/25/content_225168.html"
B("记者了解到,法院发送的受理通知书、传票等相关诉讼事宜主要通过诉讼服务热线12368发送短信,或是通过“人民法院在线服务”微信小程序发送。", u, "Lanxi (Zhejiang) newspaper report quoting a court on how genuine court SMS look (hard negative: 12368, 传票)")
B("“最近有短信通知我4月18日来兰溪法院开庭,我完全不知道这个事情。我在法院没有纠纷,也没有拖欠贷款的情况,甚至连贷款都没有,这是什么缘故?”", u, "newspaper report: a resident asking a court about a fake hearing SMS (reported speech; hard negative)")
u = "https://www.4fzw.com/x/960289186_532805931"
B("嘿,最近很多朋友都在问我,收到51信用卡的催款短信说起诉冻结账户,这是真的吗?怎么辨别真伪呢?今天就来给大家详细说说这个事儿。", u, SEO_B)
u = "http://www.beiyuwangxiao.com/JiuYeQianJing/540329.html"
B("“法催”乃是催收机构自行编造、自己导演的,它以“债权转让”作为幌子,去伪造法院的文书以及公章,那些普通的人,一旦看到“法院文件”便心生畏惧,压根就没有心思去核查其真假,等到乖乖地交了钱之后,才发觉自己上当受骗了。", u, SEO_B + "; machine-reworded text as published")
u = "http://www.guanxian.org/consult/xyqxue/20122707189.html"
B("大家可能会遇到这种糟心事:突然收到一条法务短信,说你欠款了。别慌!先深呼吸一口,然后慢慢读下去。", u, SEO_B)
u = "https://m.bntxw.com/a/28802.html"
B("我们要知道正规的金融平台在发送催收短信时,会明确标注公司名称、联系方式,并且不会要求客户提供个人信息直接转账,收到这样的短信,可以先核实短信内容,是否与你的借款信息相符,然后直接拨打官方客服电话进行确认。", u, SEO_B)
u = "https://www.fudaoke.com/exam/2721314.html"
B("若确认自己从未借款,可直接忽略并拉黑号码;若短信包含威胁性内容(如“通知家属”),切勿回复或拨打短信中的电话,应立即通过官方渠道(如银行APP、征信报告)核查真实负债情况。", u, SEO_B)
u = "https://www.lvbishangwu.com/yqnews/cjtt/article/18066.html"
B("逾期收到短信中,真的内容通常包括提醒你逾期还款的信息、逾期还款的金额、还款的截止日期以及不尽快还款可能产生的后果。", u, SEO_B)
u = "https://www.qq959.com/news/599504.html"
B("核实债务情况:如果您确实有未偿还的贷款或信用卡等债务,可以通过正规渠道(如官方网站、客服电话等)核实债务情况,了解具体的还款方式和金额等信息。", u, SEO_B)
u = "https://www.523it.com/g/112789.html"
C("您在某平台的贷款已严重逾期,工作人员将于今日上门核实情况,请保持电话畅通。", ["home_visit", "urgency"], u, SEO)
C("因您贷款已逾期XX天,根据合同约定,我司将依法收回抵押车辆,请配合移交……", ["legal_threat"], u, SEO + "; a car-repossession notice")
B("我去年代理过一个案子,当事人小王在某平台贷款8万元买了辆二手车,做了抵押登记,因为疫情失业,连续三个月没还月供,第四个月初,他半夜接到电话说“我们已经把车拖走了”,等他冲下楼,车确实不见了。", u, SEO_B + " (reports a call in third person)")
u = "http://glnlw.com/duanwujieduanxin/rwkfowd21w.html"
B("發短信威脅凍結銀行卡只是催收人員的套路。除了這類催收短信外,很多人可能還會收到律師函、立案通知書、起訴通知書等。", u, SEO_B + " (Traditional-script mirror of mainland text)")
u = "https://licai.cofool.com/ask/qa_4365957.html"
B("了解法律程序:根据中国法律规定,任何资产冻结都需经由人民法院裁定并执行。这意味着只有在贷款机构向法院提起诉讼并胜诉后,才有可能对借款人的财产实施冻结。在此之前,所有关于“冻结财产”的说法都是没有法律效力的。", u, SEO_B)
u = "https://www.roverxp.com/news/545830.html"
B("最近,有客户反映,他们逾期半年后收到了微粒贷的短信,称已申请强制实。这是真的吗?", u, SEO_B + "; machine-reworded text as published")
u = "https://tttti.com/a/211069.html"
B("信用卡债务,银行是可以起诉追讨,确保自己债权,法院判决后会执行,但查封房产是什么操作?", u, SEO_B)
u = "http://glnlw.com/duanxinpingtai/nccx2rrhol.html"
B("不要理就可以了,如果沒欠款,很可能是詐騙短信,可能不是銀行,是壹些網絡貸款短信。", u, SEO_B + " (Traditional-script mirror of mainland text)")
u = "http://www.7390.com.cn/8075df2d.html"
B("有一天,你突然收到了一条短信,说你的工资将要被划扣,用于偿还某笔债务,这短信是来自第三方催收机构,那么这种情况到底可不可信呢?", u, SEO_B)
u = "https://www.271shop.com/news/627365.html"
B("收到短信称欠钱,需警惕真伪。先核实短信来源,如可能涉及个人债务,可回忆是否确有借款未还。若确认无此债务,可能是诈骗,建议忽略或报警处理。", u, SEO_B)
u = "https://www.lbk.com.tw/blog/detail?bid=2876"
B("要求簽空白本票,或本票金額遠高於實際借款,並用本票威脅你聽話。", u, "TW loan-portal checklist of loan-shark warning signs (hard negative)")
B("用「當天撥款、10 分鐘過件」催促你,在你還沒看完合約前就要你先匯保證金。", u, "TW loan-portal checklist (mentions 保證金 and urgency; hard negative)")
u = "https://www.lbk.com.tw/blog/detail?bid=997"
B("先確認人身安全,如果對方有跟蹤、堵人、威脅上門,優先聯繫警方或可信任家人,不要逞強單獨面對。", u, "TW loan-portal advice for people caught by loan sharks (hard negative)")
B("很多人是先踩到高利貸的坑,才回頭想要快速瞭解借貸是什麼,等到收到對方威脅簡訊、電話狂催,才發現自己根本沒搞懂當初簽下去的到底是什麼契約、利息到底合不合法。", u, "TW loan-portal advice (hard negative)")
u = "https://www.lbk.com.tw/blog/detail?bid=1045"
B("催收條款用語模糊,似乎可以任意聯絡你的親友或公布借款資訊。", u, "TW loan-portal checklist on loan contracts (hard negative)")
u = "https://www.lbk.com.tw/blog/detail?bid=841"
B("撥款與繳款階段:確認款項來源帳戶抬頭與合約一致,並設定自動扣款或提醒避免逾期。", u, "TW loan-portal advice (hard negative)")
u = "https://uptogo.com.tw/%E8%B2%A1%E7%B6%93/%E8%B2%B8%E6%AC%BE/%E5%9C%B0%E4%B8%8B%E9%8C%A2%E8%8E%8A%E6%98%AF%E4%BB%80%E9%BA%BC"
B("它們以高利貸為餌,誘人上鉤,一旦陷入,利滾利的巨大債務與接踵而至的暴力威脅,足以將借款人及其家庭推向崩潰邊緣的財務危機。", u, "TW finance article about loan sharks (hard negative)")
u = "https://all-taiwan.net/underground-bank"
B("有些甚至會要求抵押證件、存摺、提款卡,嚴重侵犯個人權益,也為後續", u, "TW article about loan sharks; cut at the excerpt's end (hard negative)")
B("正因為審核寬鬆,許多被銀行或合法平台拒絕的人,會誤以為地下錢莊是「最後一條路」,卻忽略背後隱藏的巨大風險。", u, "TW article about loan sharks (hard negative)")
u = "https://ok111.com.tw/%e7%94%b3%e8%b2%b8%e5%89%8d%e5%85%88%e4%ba%86%e8%a7%a3%e3%80%8c%e6%97%a5%e6%97%a5%e6%9c%83%e3%80%8d%e7%9a%84%e8%b2%b8%e6%ac%be%e6%a8%a1%e5%bc%8f"
B("「洗會」是指借款人在「日日會」中因無法承擔每日還款壓力,採取重新借款償還舊債的方式,形成借新債還舊債的循環。", u, "TW loan article about daily-repayment loans (hard negative)")
u = "https://www.grasshopperbait.com/n/l9bkduzvmu0c.html"
B("咱体制内的朋友要是碰上催收爆通讯录,那真的是又急又气!一方面担心单位同事、领导知道了影响工作声誉,另一方面催收这种违规操作也太欺负人了,别慌,今天咱就一步步说清楚,遇到这种情况该咋应对,既把权益保住,又尽量把影响降到最低。", u, SEO_B)
u = "https://www.qq959.com/news/853925.html"
B("收到短信称恶意骗贷,需谨慎对待。应先核实短信来源,不要轻信。如确涉及骗贷行为,需及时回应并澄清。", u, SEO_B)
u = "https://www.qq959.com/news/350698.html"
B("警惕恶意催收:有时,一些不正规的催收公司可能会使用威胁、恐吓等不当手段进行催收,如果收到这样的短信,除了与贷款机构核实外,还可以考虑报警。", u, SEO_B)
u = "https://www.hefeilaws.com/hf/153132.html"
B("当借款人失联或拒绝接听电话时,催收公司可能会选择联系其家属,以期通过家属的劝说促使借款人还款。", u, SEO_B)
u = "https://www.hefeilaws.com/hf/1042195.html"
B("及时与催收方沟通,明确告知他们这种行为已经影响到了您的工作和生活,要求他们停止向单位发送催收信息。", u, SEO_B)
u = "https://www.hkyyi.com/html/jie-mi-fu-zhai-cui-shou-ru-he-bi-mian-xin-xi-xie-lu-wei-hu-zi-shen-quan-yi.html"
B("核实催收人员身份:在接听催收电话时,务必核实对方身份,避免上当受骗。", u, SEO_B)
u = "http://www.tttti.com/a/194570.html"
B("最近有不少人来问我,家里突然接到来自银行催收的电话,骚扰对象竟然对家人和亲友动用了“关心你”的暖心套路。", u, SEO_B)
u = "http://glnlw.com/duanxinpingtai/q4lhnr5o5p.html"
B("收到法院的短信不要慌,有個很簡單的辦法進行識別。撥打區號+12368,告知短信內容,讓她查詢案件信息,可以核實案件是否真實存在,同時可以詢問法官和書記員電話,溝通如何領取訴訟材料(如民事起訴狀、證據清單等等)。", u, SEO_B + " (Traditional-script mirror of mainland text; 12368)")
u = "https://www.xqloan.com/resources/343520.html"
B("法院传票短信通知的号码通常为官方指定号码。我国各级法院都有自己的官方短信通知号码,当事人可以通过法院官网或官方微信公众号等渠道查询。", u, SEO_B)
u = "http://www.tsxnews.com.cn/2024falv/baiye/yqzs/99619.html"
B("假使您收到了金融调解中心的短信这常常意味着您与金融机构之间存在某种纠纷,需要通过调解的形式来解决。", u, SEO_B + "; machine-reworded text as published")
u = "http://tsxnews.com.cn/2024falv/baiye/yqzs/285019.html"
B("收到金融调解中心的短信,往往意味着与金融机构之间存在纠纷,需要寻求专业的调解协助解决。", u, SEO_B + "; machine-reworded text as published")
u = "https://taizhou.19lou.com/baiqi/yqpingtai/631207.html"
B("调解短信并非起诉通知,不必过于紧张。", u, SEO_B)
u = "http://law.100glory.com.cn/yhyq/yqsdtjzxdxszdmqmjmysyjx.html"
B("调解中心嘛,就是专门帮咱们解决借款逾期这些纠纷的地方。咱们借钱没按时还,他们就会介入,帮咱们和放贷的那一方沟通,尽量让事情和平解决。", u, SEO_B)
u = "http://xichu.net/lvbaiye/yqpt/247421.html"
B("当您收到智能金融纠纷诉前调解中心的短信时,有可能感到困惑和不安。这类短信多数情况下意味着您的金融交易可能出现了难题,需要及时应对。", u, SEO_B + "; machine-reworded text as published")
u = "https://www.zhonghe.land.ntpc.gov.tw/cp.aspx?n=1141"
B("不需申請,民眾送件時由櫃檯人員於收件資料輸入手機號碼及電子郵件,當受理案件辦理完成時,由事務所主動以簡訊或電子郵件等方式將辦理情形通知民眾,增加為民服務品質。", u, "TW land office page on its genuine SMS case notices (hard negative)")
u = "http://moica.nat.gov.tw/news_in_1722.html"
B("內政部憑證管理中心寄發之自然人憑證「待展期信函」發送時間是為憑證到期日前60日起才開始發送,且絕對不會夾帶任何附件檔,本部憑證管理中心提醒用戶若有收到屬名為內政部憑證管理中心寄發之信函且夾帶附件檔,絕非本部憑證管理中心所寄發,千萬不要隨便開啟,", u, "TW government anti-phishing notice (hard negative)")
u = "https://www.gracemacounseling.com/post/%E5%BF%83%E8%A3%8F%E7%9A%84%E8%81%B2%E9%9F%B3-%E7%AC%AC%E4%B8%89%E7%AF%87-%E6%B4%8B%E6%B4%8B"
C("唔聽我哋電話,係咪想走數,我哋實會好好招呼你哋", ["abuse"], u, "HK: an unlicensed lender's message to a debtor's family, quoted in a counselling centre's case story (names changed; Cantonese)")
C("今日六點前還錢,否則即刻出隊", ["urgency", "home_visit", "abuse"], u, "HK: an unlicensed lender's message quoted in a counselling centre's case story (Cantonese; 出隊 = send a crew)")
C("唔見數即刻出車出人", ["urgency", "home_visit", "abuse"], u, "HK: an unlicensed lender's message quoted in a counselling centre's case story (Cantonese); short")
B("而嘉嘉最擔心的就是「黑財」上她的公司追數,因為她現階段不能够失去工作。", u, "HK counselling centre case story (hard negative)")
B("幾十間財務公司日夜輪流追數,嘉嘉每天只能過著籌錢和入錢的生活(不可以用銀行轉賬,他們必須攜帶大量現金到不同的財務公司排隊入數)。", u, "HK counselling centre case story (hard negative)")
u = "https://www.stheadline.com/breaking-news/3520863/%E4%B8%80%E5%91%A8%E9%80%BE40%E5%AE%97%E9%87%A3%E9%AD%9A%E8%A9%90%E9%A8%99%E6%B6%89%E9%80%BE600%E8%90%AC-%E5%81%87%E5%86%92%E7%85%A4%E6%B0%A3%E5%85%AC%E5%8F%B8%E7%9F%AD%E8%A8%8A%E8%BF%91%E6%97%A5%E6%B9%A7%E7%8F%BE"
g = "stheadline 3520863 (Traditional and Simplified editions)"
B("警方提醒市民，煤氣公司已經登記「短訊發送人登記制」，只會均以「#Towngas」、「#TowngasFun」、「#TowngasTGC」或「#TGCTowngas」作為發送人名稱向用戶發出短訊，並可在通訊局登記冊名單上查核。", u, "HK news relaying a police notice about the SMS sender registration scheme (hard negative)", group=g)
B("煤氣公司亦嚴正指出，沒有向客戶發出有關SMS短訊，亦不會要求客戶在SMS短訊上按入任何連結處理欠款事宜", u, "HK news: the gas company on fake overdue-bill SMS (hard negative)", group=g)
u = "https://www.stheadline.com/zh-hans/breaking-news/3520863/%E4%B8%80%E5%91%A8%E9%80%BE40%E5%AE%97%E9%92%93%E9%B1%BC%E8%AF%88%E9%AA%97%E6%B6%89%E9%80%BE600%E4%B8%87-%E5%81%87%E5%86%92%E7%85%A4%E6%B0%94%E5%85%AC%E5%8F%B8%E7%9F%AD%E8%AE%AF%E8%BF%91%E6%97%A5%E6%B6%8C%E7%8E%B0"
B("警方又呼吁，更多行业积极参与登记制，以有效提升短讯的安全性和可信度；市民也可定期将「短讯收件箱📬」内存旧记录清除；", u, "HK news (Simplified edition) relaying a police notice (hard negative)", group=g)
u = "https://mls.hk/article_content.php?author=PHK_TML3&id=126264"
B("今早去到茶餐廳,有做高檔飲食客人話佢老婆太好人,讓一些消費不起的人簽單賒數,對於消費少的人唔招待,生意的確唔錯,但很多賒數,有些客人索性破產,追都冇得追,究竟佢老婆係咪痴線。", u, "HK blog column (Cantonese; 賒數, 追; hard negative)")
u = "http://wwe.weshare.hk/tokyoboy/articles/4602163"
B("為杜絕不良財務中介濫收費用,政府為財務公司所持放債人牌照施加新條款------要求放債人在委任第三方中介公司時要更規範化,亦要持續監察中介公司有否向「借債人」違法收取費用,", u, "HK blog on money-lender licensing (hard negative)")
u = "https://guangming.com.my/%e3%80%90%e5%b1%b1%e9%9b%a2%e9%96%8b%e9%96%80%e3%80%91%e8%a9%90%e9%a8%99%e4%b8%8d%e6%89%93%e7%83%8a"
B("話說,在佳節當兒,朋黨在群里發歡樂帖,卻有一友通告,她電話被黑了,若收到任何信息大家別上當。", u, "Malaysian Chinese newspaper column about a scam call (friends' group chat; hard negative)")
u = "https://hk01.com/突發/764729/賭仔悲歌-的士司機譜黃昏戀-爛賭斷送良緣和生命-遺孀愁對前路"
B("何太聽到後大驚,立即勸阻其打消念頭,更多番安慰老公:「爭人啲錢咪還囉,你勤力啲揸車,我勤力啲做嘢。」", u, "HK news quoting a wife's words to her indebted husband (family talk about repaying; Cantonese; hard negative)")
B("何太落車前握緊丈夫手,鼓勵說道「無事嘅,俾心機,呢嗰難關我哋實過到」,可惜已成永訣。", u, "HK news quoting family words (Cantonese; hard negative)")
u = "http://mingpaocanada.com/TOR/htm/News/20171206/HK-gbb2_r.htm"
B("楊稱,當有人對賭博失去自我控制能力,或依賴賭博處理問題等,有可能患上賭博失調,如發現青少年沉迷賭博,應向社工求助,只協助還債是治標不治本;年輕人負債申請破產亦非最好方法,可助他們做債務重組,教導承擔後果。", u, HK_B)
u = "https://sunshine-ccg.hklss.hk/hk/sunshine-news-and-events/sunshine-news/178-2021-10-02-1000?ihtopic=%E9%A0%98%E9%9A%8A%E7%96%AB%E4%B8%8B%E5%A4%B1%E6%A5%AD%E6%AC%B2%E6%86%91%E8%B3%AD%E7%BF%BB%E8%BA%AB%E3%80%803%E5%80%8B%E6%9C%88%E6%AC%A0%E5%82%B5%E7%99%BE%E8%90%AC%E6%8C%89%E6%A8%93%E5%A5%B3%E5%8F%8B%E8%B5%B0%EF%BC%9A%E4%B8%96%E4%B8%8A%E6%B2%92%E5%83%A5%E5%80%96"
g = "HK01 story on an ex-tour-leader's gambling debts (reposted by the Sunshine centre and seven.wf)"
B("於是他開始向財務公司借錢,甚至將自己供了4至5年的住宅拿去抵押,但財務公司息口很高:「到處都有這些公司廣告,講到好似借錢俾你係幫助,但只會讓你越踩越深,你根本還唔到。」", u, "HK gambling-counselling centre repost of a news story (Cantonese quote; hard negative)", group=g)
u = "https://seven.wf/topic/22106/領隊疫下失業欲憑賭翻身-3個月欠債百萬按樓女友走-世上沒僥倖/1"
B("事情敗露,女友離開,家人不和,他一度想自殺。在家人建議下他向路德會青亮中心尋求戒賭服務幫助,用了大約8個月時間從賭海走出。", u, "HK forum repost of a news story (hard negative)", group=g)
u = "https://i-cable.com/%E6%96%B0%E8%81%9E%E8%B3%87%E8%A8%8A/152749/%E8%AA%BF%E6%9F%A5-%E9%80%BE%E5%9B%9B%E6%88%90%E5%8F%97%E8%A8%AA%E5%A4%A7%E5%B0%88%E7%94%9F%E8%BF%91%E4%B8%89%E5%80%8B%E6%9C%88%E6%9B%BE%E8%B3%AD%E5%8D%9A-%E5%85%AB%E6%88%90%E8%87%AA"
B("賭博輔導平台求助人士John(化名):「上到辦公室他寫好叫你還這個、還那個,之前再要處理法律、行政問題,又收你不知道多少錢,當時我不夠錢,他推薦我去其他地方借錢交手續費。」", u, "HK TV news quoting someone caught by a debt 'agent' (hard negative)")
u = "http://202.62.215.19/www/tc/soin/sefeatures/features/133685"
B("後來輔導員主動上門,到其住處教他與債主「講數」,處理好部分債務。", u, "HK feature (etnet) on outreach gambling counselling (上門, 債主; hard negative)")
u = "https://jiedushequ.org/d/869"
B("高峰时他试过一个月赚50万,但亦都试过负债80万,甚至经历过家中被淋红油、贴街招,与家人、老婆关系变差。", u, "HK gambling-counselling story (Simplified copy; hard negative)")
u = "https://udn.com/news/story/124490/9055907"
B("台中市諮商心理師公會理事長王郁茗說,民眾遭詐承受金錢、心理雙重打擊,第一反應多是「自己太笨、拖累家人」,羞愧與自責加劇孤立無助感,常不敢求助。", u, "TW news about fraud victims (hard negative)")
u = "https://tw.news.yahoo.com/%E7%A4%BE%E8%AB%96-%E5%BE%9E%E7%94%9F%E6%B4%BB%E7%91%A3%E4%BA%8B%E5%88%B0%E8%B2%A1%E5%8B%99%E9%99%B7%E8%90%BD-132135618.html"
B("近期LINE陌生訊息，常有以「我是樓下的鄰居，你的裝修嚴重打擾安寧」、「你家小孩半夜不睡覺，跳上跳下很擾鄰」、「我家最近裝潢漏水，不好意思製造鄰居的困擾」、「樓上的麻煩晚上音樂關小聲一點，我家裡有老人須早睡」等生活化的對談方式，假冒鄰居開啟對談，", u, "TW editorial quoting investment-scam LINE openers (not debt collection; hard negative)")
u = "https://www.nownews.com/news/6762681"
B("台中市一家生技公司的帳戶，上月底突然連續被匯入2筆100元，隨後遭列為警示帳戶，不僅貨款不進來，員工薪水也出不去。", u, "TW news about a wrongly flagged bank account (警示帳戶; hard negative)")
u = "https://www.fadingding.com/cui-shou-wei-3.html"
C("明天就去你公司贴大字报!", ["reputation", "third_party_contact", "urgency"], u, "a collector's late-night call threat quoted in a debt-advice blog's opening vignette (may be an illustrative example); short")
B("李女士颤抖着按下录音键:“请报上你的工号和公司名称。”", u, "debt-advice blog vignette: the debtor's reply to a collector (hard negative)")
u = "https://www.mianjianghao.com/kouzi/184478.html"
B("面对信用卡催收过程中的言语威胁、暴力恐吓或骚扰亲友等违规行为,持卡人最核心的应对策略是:保持冷静、全程留痕、分级投诉、依法维权,", u, SEO_B)
B("重点记录对方涉及“暴力”、“起诉”、“抓捕”、“轰炸通讯录”等具体词汇,以及侮辱性词汇。", u, SEO_B + " (lists threat words)")
u = "https://taozhai.320500.cn/?p=5729"
B("在某投诉平台,用户“机灵喵”的遭遇极具代表性:因住院导致车贷逾期三天,催收公司不仅PS图片群发通讯录,更对紧急联系人实施死亡威胁。", u, SEO_B)
u = "https://zhuanxinghui.com/archives/7854"
B("若催收方无法说明具体债务来源或金额,可能涉及虚假催收或诈骗,可要求对方提供书面债务凭证(如合同、借条、对账单等)。", u, SEO_B)
u = "https://suzhouyaozhai.zhenggang.org/41228"
B("区分合法与非法催收:正常提醒还款不构成骚扰,但若涉及非正常时间拨打(如凌晨)恐吓或联系无关第三人则属违规。", u, SEO_B)
u = "https://udefense.cn/list_26/1693.html"
B("在套路贷案件中,在认定案件当事人构成诈骗罪的同时,还会认定其催收行为构成寻衅滋事罪,然而,该催收行为往往是具有特定性,并未扰乱公共场所秩序,其催收行为只是为了实现当事人的自有债权,并不能列入寻衅滋事罪的规制范畴。", u, "criminal-defence law firm article (hard negative)")
u = "https://udefense.cn/list_44/1333.html"
B("无论催收合法债务或非法债务,构成寻衅滋事罪(或催收非法债务罪)的关键因素是手段行为超过了法律允许的合理限度。", u, "criminal-defence law firm article (hard negative)")
u = "https://taozhai.zhenggang.org/archives/2993"
B("在债务纠纷场景中,合法催收与非法寻衅的区分尤为关键。根据司法解释,若行为人为“寻求刺激、发泄情绪”实施滋扰行为,则可能构成寻衅滋事;但若事出有因且未超出合理限度,通常不构成本罪。", u, SEO_B)
u = "https://taozhai.zhenggang.org/archives/5662"
B("近年来,多地频繁曝出讨债公司通过频繁拨打单位电话、群发短信甚至伪造法律文书等方式骚扰企业的事件,严重干扰了企业正常运营秩序,甚至导致员工因隐私泄露而被迫离职。", u, SEO_B)
u = "https://innews.pts.org.tw/hashtag/MzI2OA"
B("台北律師公會債務清理委員會主委林永頌說:「當時金管會銀行局有一個統計,六個月以上最低應繳金額都繳不起的人有52萬人,大概影響上百萬的家庭。」", u, "TW public broadcaster feature on card debt (hard negative)")
u = "http://www.wwpfw.com/gongjijindaikuan/75862.html"
C("某通過拍拍貸平臺獲得的貸款已經嚴重逾期。因多次逾期還款,已被認定涉嫌惡意詐騙。相關權利人將通過當地派出所記錄情況,通過司法途徑維護自身合法權益。請告訴他小心處理,不便之處請見諒。", ["third_party_contact", "criminal_threat", "legal_threat"], u, "SMS a lending platform's collectors send to a borrower's family or friends, as quoted on an advice page (Traditional-script mirror of mainland text; may be an illustrative example)")
B("拍拍貸發的短信壹般都是讓妳還款的,所以只要妳之前在拍拍貸借了款,大催款短信壹般都是真的。", u, SEO_B + " (Traditional-script mirror of mainland text)")
u = "https://www.xiaoencien.com/Y/24092.html"
C("【生活信贷】您关联用户张XX贷款已逾期17天,请督促还款以免影响双方征信。", ["third_party_contact", "credit_threat"], u, "SMS to a borrower's contact quoted by a loan blogger who says he received it (may be an illustrative example)")
B("最近有不少粉丝私信问我:\"突然收到生活信贷的短信,说我朋友借钱逾期了,这到底怎么回事?会不会影响我的征信?\"", u, "loan blog quoting a reader's question (hard negative)")
u = "http://glnlw.com/duanwujieduanxin/pwps1cml6z.html"
B("第三,家裏討債是真的嗎?對於大部分平臺來說,催債基本都是通過發布信息或者電話聯系的方式提醒債務人及時還款。上門討債的很少,但也不能完全斷定是假的。", u, SEO_B + " (Traditional-script mirror of mainland text)")
u = "https://www.qq959.com/news/854310.html"
B("他人使用你的手机号进行贷款操作:有可能是别人盗用了你的个人信息或手机号码进行贷款操作,逾期后导致短信发送到了你的手机上,这种情况需要尽快核实并报警处理。", u, SEO_B)
u = "https://www.53761.com.cn/zhixiao/gezhai/article/23059.html"
B("银行和网贷平台在贷款合同中都会明确规定,借款人逾期还款,将会收取逾期利息,并且在一定次数金额后,会将逾期记录上报到央行征信中心。", u, SEO_B)
u = "https://jlxj.100glory.com.cn/xinwen/6oAXfkRKjM.html"
B("一旦你贷款逾期了,就意味着你没有按时还钱,这在征信记录上可就是个大大的“×”,银行贷款平台就会把这个信息报告给征信机构,这样一来,你的信用报告上就会出现逾期记录。", u, SEO_B + " (addresses 'you' about credit consequences)")
u = "https://m.fqmxn.com/1/1550860.html"
B("房贷不按时还会影响征信,银行会记录你的还款情况。逾期1天就可能上报征信系统,留下不良记录。", u, SEO_B)
u = "https://www.523it.com/g/89982.html"
B("不少朋友私信问我:“张律师,我突然收到一条短信,说我的抵押贷款已经逾期,可能要被起诉、房子要被执行……可我明明每个月都按时还啊!这到底是不是诈骗?”", u, SEO_B + " (reported speech about an SMS)")
u = "ibisTime/xn-ylq src/main/java/com/cdkj/ylq/ao/impl/BorrowAOImpl.java"
C("先生/女士，您好，请通知***（手机号）（身份证号隐藏其中几位），其在【九州宝】的欠款已严重逾期。若***不能及时处理，我司将要求其准备好相关材料（身份证、户口本等）等待相应司法流程，我司保留委托第三方机构上门催款的权利，届时产生的责任和影响由其本人承担！打扰之处敬请谅解，客服热线******，谢谢！【九州宝】", ["third_party_contact", "legal_threat", "home_visit"], u, "a cash-loan app's SMS to a borrower's family and social contacts, sent by its cuishou() routine (public code)")
B("您的{amount}借款即将到期，合同编号为{code}，逾期将会影响您的信用并产生额外利息，请及时登录APP进行还款。", u, "the same app's pre-due SMS (string concatenation shown as {amount}/{code} placeholders; genuine reminder)")
u = "https://cn.epochtimes.com/b5/15/1/13/n4341486.htm"
B("過去政府宣導民眾接到詐騙電話時不要理會,但詐騙集團卻反過來用法院核發的「支付命令」來當犯罪工具,民眾若20天內沒提異議,恐會背上龐大債務且救濟困難。", u, "TW news on payment orders used by fraudsters (hard negative)")
B("他舉例,詐騙集團只要連續寄發假公文,待當事人鬆懈後,再寄一張真的支付命令,往往就會被當成垃圾丟掉,「這招即便是律師也可能中招。」", u, "TW news on payment orders (hard negative)")
u = "http://jrf.org.tw/articles/43"
B("阿雀打開看到受文者寫銀雀小吃部(即阿雀),法院要銀雀小吃部代扣她先生1/3的薪資,想說我們是順興海產店,我也沒發薪水給我老公,應該是詐騙集團,就沒管它。", u, "TW judicial-reform NGO case story about a court garnishment order (hard negative)")
u = "https://www.hznasds.com/post/ju-jiao-fa-wu-de-duan-xin-shi-bu-shi-zhen-de.html"
B("账单一延再延,催收电话开始频繁打来,手机短信里也陆续出现“聚焦法务”的名字。刚开始我真的挺害怕的,怕自己被起诉,怕自己的信用彻底毁了。", u, "first-person blog about receiving collection SMS (hard negative)")
B("聚焦法务不是法律机构,也不是法院。它一般是一些委托催收公司或法务外包团队的名字,用来给债务人发催收短信或打催收电话。", u, "first-person blog about collection SMS (hard negative)")
u = "http://www.acmerblog.com/news/20240530/1093349.html"
B("最近,有不少網友反映收到了開頭的訴訟通知短信,稱自己因為借貸逾期被法院立案,要求盡快還款,否則將面臨法律風險。這些短信是真的嗎?需要擔心嗎?", u, SEO_B + " (Traditional-script mirror of mainland text; reported speech)")
B("如果有疑問,可以自行撥打12368核實真假,或者咨詢專業律師。", u, SEO_B + " (Traditional-script mirror of mainland text)")
u = "https://anju.szhome.com/info/guangfa/7393238.html"
B("委托给专业催收机构的逾期债务可能会通过短信方式进行催收。", u, SEO_B)
u = "https://creditbase.com.hk/en/blogs/news/%E6%94%B6%E6%95%B8%E5%85%AC%E5%8F%B8%E6%9C%80%E5%BE%8C%E9%80%9A%E7%9F%A5-%E6%A0%BC%E5%BC%8F-%E5%90%88%E6%B3%95%E6%80%A7%E5%8F%8A%E6%87%89%E8%A9%B2%E5%A6%82%E4%BD%95%E6%87%89%E5%B0%8D"
C("根據我們的記錄,您的賬戶尚有未償還的債務,該債務自 [最後付款日期] 起已逾期。經多次通知和嘗試聯繫您解決此事均未果,本公司現發出此最後通知", ["urgency"], u, "HK: a collection agency's 'final notice' letter, from a typical-format example on an HK credit-advice blog (template)")
C("請您於收到此信後七日內支付上述欠款,以避免我們不得不採取進一步的法律行動以回收債務。", ["legal_threat", "urgency"], u, "HK: the same final-notice letter example (template)")
C("我們希望能和您和平解決此事,避免進一步的法律程序。請您重視此事,並按照上述指示行事。", ["legal_threat"], u, "HK: the same final-notice letter example (template)")
B("在香港,收數公司在採取進一步行動之前,通常會發出一封稱為「最後通知」的信件給欠債人。", u, "HK credit-advice blog sentence (hard negative)")
u = "http://shczgs.cn/p/5407.html"
B("警告短信多为格式化的威胁短信,内容涉及到强制执行、坐牢、上门找人等,主要目的是震慑债务人。", u, "debt-collection company blog describing threat SMS (hard negative)")
B("协商还款短信是指债权人或者催收公司主动联系债务人,提出针对性还款方案的短信。", u, "debt-collection company blog (hard negative)")
u = "https://www.samsungetf.com.hk/loan/2159"
B("追數電話響個不停,每日被威嚇滋擾,身心俱疲,是否令你覺得申請破產是唯一解脫?在踏出這一步前,請先停一停。", u, "HK debt-advice article sentence (hard negative)")
B("社交媒體施壓: 將你與你的親友加入同一個即時通訊群組,或在你的社交平台留言,公開你的債務問題。", u, "HK debt-advice article describing a tactic (hard negative)")
u = "https://www.samsungetf.com.hk/loan/2156"
B("完成後,你就不再需要應付來自不同銀行或財務機構的多筆還款,而是將所有債務合併為一,只需每月定時定額向該財務公司還款。", u, "HK debt-consolidation advice sentence (hard negative)")
u = "https://www.sofasale.com.hk/loan/849"
B("許多人對於拖欠債務存在誤解。他們擔心未能償還「二線財務追數」所涉及的款項,會導致刑事責任。實際上,這是民事糾紛,不是刑事罪行。", u, "HK debt-advice article sentence (hard negative)")
B("香港警方的職責是維護公共安全,調查刑事案件。欠債行為本身不屬於刑事範疇。因此,當發生純粹的債務糾紛時,警方不會介入處理。", u, "HK debt-advice article sentence (hard negative)")
u = "https://www.fazhi12368.com/article-detail/W5dmP34N"
B("2025年春节前夕,山西某催收团队使用“呼死你”软件轰炸欠债人,被跨省警方突袭抓捕,全员在看守所度过除夕。", u, "legal-news commentary on illegal collection cases (hard negative)")
B("8月,深圳弘润信息咨询管理有限公司被投诉冒充律师发送无盖章“律师函”,骚扰债务人亲友并扬言曝光欠款信息,涉嫌侵犯隐私权和名誉权。", u, "legal-news commentary (hard negative)")
u = "https://yanggu.tv/webgov/yqdongtai/547153.html"
B("例如:“尊敬的客户张三您于2024年1月1日借款的10万元已逾期。”", u, SEO_B + " (example of a plain overdue notice; genuine-reminder style)")
B("例如:“您已逾期还款1个月逾期金额为1万元,截止日期为2024年2月1日。”", u, SEO_B + " (example of a plain overdue notice; genuine-reminder style)")
u = "https://m.bntxw.com/a/16437.html"
C("根据合同规定,逾期将产生滞纳金,并影响你的征信记录。", ["credit_threat"], u, "an overdue-notice sentence a lending-advice page recommends (template; mild)")
B("尊敬的某某先生/女士,你在我平台的贷款已经逾期。", u, "an overdue-notice opening a lending-advice page recommends (template; plain reminder)")
B("请你通过某某银行转账至我平台账户,账户号是某某某。", u, "an overdue-notice sentence a lending-advice page recommends (template; plain repayment instruction)")
u = "http://taozhai.zhenggang.org/?p=496"
B("“该员工债务与公司无关,请勿再拨打公司电话。若继续骚扰,我方将采取法律措施。”", u, "an employer's suggested reply to collectors, from an advice page (threatens legal action but is not collection; hard negative)")
B("建议员工尽快处理个人债务,避免因骚扰影响公司运营。", u, SEO_B)
u = "https://www.ettoday.net/news/20260205/3113618.htm"
B("書記官鍥而不捨追查發現，義務人近期承包多項公家工程卻罔顧員工權益，立即發文扣押工程款，不到一週即促使義務人一次繳清74萬餘元，成功保障勞工權益。", u, "TW news on administrative enforcement of unpaid insurance premiums (hard negative)")
u = "https://tw.news.yahoo.com/%E9%9B%9911%E5%89%8D%E5%A4%95-%E7%9F%A5%E5%90%8D%E9%9B%BB%E5%95%86%E9%81%AD%E6%8E%A7%E6%8B%96%E6%AC%A0%E6%AC%BE%E9%A0%85-%E7%B4%AF%E7%A9%8D%E7%99%BE%E8%90%AC-103342240.html"
B("派遣公司直呼快被逼到絕境，去質問電商為何每個月款項都逾期十幾天到二十幾天，電商卻回說是派遣公司晚開發票造成的。", u, "TW news on a business payment dispute (hard negative)")
u = "https://www.hk01.com/%E7%AA%81%E7%99%BC/60273602/8%E6%9C%88140%E5%AE%97%E9%87%A3%E9%AD%9A%E9%A8%99%E6%A1%88%E6%B6%89-800%E8%90%AC-%E5%9B%9B%E6%88%90%E5%81%87%E5%86%92%E5%BF%AB%E9%81%9E%E5%85%AC%E5%8F%B8-74%E6%AD%B2%E7%BF%81%E7%97%9B%E5%A4%B1-200%E8%90%AC"
B("警方提醒，釣魚短訊屢見不鮮，騙徒由假扮電訊商或大型零售商，訛稱有逾期賬單未繳或積分即將到期；到偽裝成快遞公司、政府或公共機構，聲稱有包裹未能成功送達或要求補充個人資料，其實全是陷阱，只為套取個人資料。", u, "HK police anti-fraud notice quoted in news (hard negative)")
u = "https://news.mingpao.com/ins/%e6%b8%af%e8%81%9e/article/20201023/s00001/1603458230365/"
B("警方指出,近日收到報案,表示今年9月至10月期間有人透過網上即時通訊軟件通知受害人,訛稱在轉數快上「過錯數」,並附上虛假短訊及截圖,令對方信以為真,再過數「還款」予騙徒。", u, "HK news on an FPS wrong-transfer scam (過數, 還款; hard negative)")
B("警方呼籲,如遇問題轉帳,應即時向銀行查詢及核實。", u, "HK police advice quoted in news (hard negative)")
u = "wjxcodes/201703 Application/Home/Controller/RongController.class.php"
C("【蜻蜓白卡】友情提示：{u_name}，身份证号：{identity} ；您于2017年04月15日的借款{money}（{loan_amount}+{shouxufei}）元，于{time}到期；截止今日您已逾期{day}天，逾期费用为{overdue_money}元；应还金额为{end_money}元。请尽快还款，逾期不还后果十分严重望诚信自重。", ["urgency"], u, "a cash-loan operator's overdue SMS template in public code (string concatenation shown as {placeholders}; in a commented-out block)")
C("{name}您好，蜻蜓善意提醒，您{loan_amount}元借款已经逾期{day}天，3天容时期内每天滞纳金{rongs}元，今天您应还款金额为{money}元，请尽快在微信公众号“蜻蜓白卡”中还款，以免影响您的人民银行个人征信记录，给您未来的生活带来困扰！", ["credit_threat"], u, "the same operator's early-overdue SMS template (placeholders; commented-out block)")
B("尊敬的{name}先生（女士)，{time}是您的还款日，本期应还{money}元。请在微信公众号“蜻蜓白卡”中按时还款，以免逾期，如果您还全款困难，您可以在借款详情界面进行续期哦！如已还款请忽略此消息。", u, "the same operator's due-date SMS template (placeholders; genuine reminder)")
u = "https://anju.szhome.com/info/gongshang/6572413.html"
B("走访户籍地是指支付宝或其合作机构派遣工作人员到用户所在的户籍地进行实地走访。", u, SEO_B)
u = "TheoRepo/data_development_project nlp_structure_housing_found/README.md"
C("【省监狱住房公积金】*思龙,您的公积金贷款截止上月末已逾期1期,逾期金额66.31元,请速到盐城大丰支行柜面还款,以免影响您的个人征信记录", ["credit_threat"], u, "a genuine housing-fund overdue SMS shown as a sample in a data team's README (lawful credit-record pressure; masked name)")
B("【荆州公积金】尊敬的客户陈峰,您好!04日是您的约定还款日,本次应还1856.41元。请您留意还款账户金额是否充足,以便我们按时划款。", u, "a genuine housing-fund repayment-reminder SMS sample from the same README (hard negative)")
B("您好!您于2019年6月30日偿还公积金贷款2455.21,其中本金1250.00元、利息1205.21元。剩余贷款本金为443750.00元。", u, "a genuine housing-fund repayment SMS sample from the same README (hard negative)")
B("尊敬的客户,您的长沙市直公积金点贷申请已审批通过,本次贷款金额9.9万元,欢迎确认、签约。【浦发银行】", u, "a genuine loan-approval SMS sample from the same README (hard negative)")
u = "funtalkTelecom/funtalk-iot-web src/main/java/com/funtalk/controller/SmsController.java"
C("$，截至$月$日，您已逾期$天，逾期金额：$元。逾期行为将会对您的人行等征信记录产生不良的影响，请重视并积极妥善与我司协商解决您的逾期欠款，我司也会尽量协助您解决可能的困难，维护您的信用记录。为避免进一步的影响请立即还款或联系我司电话：$。", ["credit_threat", "urgency"], u, "a consumer-finance collection SMS template (type 催缴) kept in a commented-out sample list in an SMS platform's public code ($ = slot)")
C("$，至$月$日您已逾期$天，应还$元。其中$欠款$元，请在$还款。如果还有其余招联欠款，请在招联APP还款，若有疑问请咨询客服4000012222。我司即将临时冻结您的账户，逾期未还还将可能上报中国人民银行个人征信系统，请尽快还款。如已还款，无需理会。", ["credit_threat"], u, "a consumer-finance overdue SMS template from the same sample list ($ = slot)")
C("$，至$月$日您已超过还款日$天，应还金额：$元，为避免您的中国人民银行个人征信系统征信记录进一步恶化而影响您的日常银行借贷、出行、就业、子女教育等生活，请尽快还款，如已还款，无需理会。", ["credit_threat"], u, "a consumer-finance collection SMS template (type 催缴) from the same sample list ($ = slot)")
u = "zarler/timecash_wx application/views/v2/public/prompt20170228.php"
B("请于还款日之前确保还款卡内余额充足", u, "a cash-loan app's pre-due prompt page in public code (genuine reminder)")
B("若未按期还款将影响您在的信用评级,并会造成如下影响：", u, "a cash-loan app's pre-due prompt page in public code (informs of consequences before the due date; text as in source)")
u = "Erick-1024/hello-world common/vbam-common/src/main/java/com/cana/vbam/common/yundaex/templete/YundaexMailMessageTemplate.java"
B("【CANA金融】尊敬的{}用户：您好，您的信韵融{}账单已出，应还金额为{}元，请在{}17点前进行还款，请及时还款，以免出现逾期，影响您的信用记录。注：如已还款，无需理会（银行对大额实时支付业务有操作时间限制，规定时间为工作日9：00-17:00，请合理安排时间，以免发生逾期）", u, "a supply-chain lender's pre-due reminder e-mail template in public code (HTML tags and &nbsp; removed; genuine reminder; the due-date variant is left out)")
C("【CANA金融】尊敬的{}用户：您好，您{}编号的信韵融融资申请截止{}已归还金额{}元，尚欠{}元，未还清本期账务，即日起逾期率为{}/日，请及时还款，以免影响您的信用记录或被追究其他法律责任。注：如已还款，无需理会。", ["credit_threat", "legal_threat"], u, "the same lender's overdue reminder e-mail template (HTML removed)")
C("若贵司未能按照上述要求支付相关款项，则本公司有权按照业务合同的约定，对贵司采取如下措施：1、将贵司的违约情况通报中国人民银行征信系统、依法设立的信用信息数据库或其他社会征信机构，使贵司进入征信系统黑名单。2、通知韵达降级、暂停或终止贵司的特许经营（加盟）资质。3、依法采取其他违约救济措施。", ["credit_threat", "legal_threat"], u, "the same lender's demand-letter clause to a franchisee company (HTML removed)")
C("3、将贵司及相关担保人诉至法院，通过法律程序确认由贵司清偿全部应付款项，并通过强制执行程序执行贵司及相关担保人的财产。", ["legal_threat"], u, "the same lender's second demand-letter clause (HTML removed; sentence trimmed at the list item)")
C("因此，为避免不必要的讼累，同时避免因诉讼而增加贵司的费用赔偿以及信誉损失，请贵司立即按照本函内容履行相关义务。", ["legal_threat", "urgency"], u, "the same lender's second demand-letter clause, closing sentence")
B("【CANA金融】尊敬的{}用户：您好，您{}编号已成功还款，还款金额{}元", u, "the same lender's repayment-success e-mail template, opening (HTML removed; hard negative)")
u = "cnrevol/mailclassify designdoc/smpdata.md"
B("我早在3/12 9：00 就已经完成付款，但至今未收到任何确认付款的回复。这种拖延行为令人无法容忍！你们的效率低到令人发指，你们还想不想继续合作下去？", u, "an angry customer e-mail to a supplier about an unconfirmed payment, from a mail-classification design doc's sample data (not collection; hard negative)")
B("这不是请求，而是命令！立即处理并回复，否则后果自负。", u, "the same angry customer e-mail, closing (threat wording without any debt being collected; hard negative)")
B("我想提醒您，我已于3月12日9:00完成了付款，但至今未收到收款确认的回复。我们理解处理这些事务可能需要一定时间，但为了确保我们的合作不受影响，恳请您尽快确认该笔付款。", u, "the calm variant of the same sample e-mail (hard negative)")
u = '3308478445/collector-assistant app.js'
C('您好，请问是{{name}}的家人/同事吗？我是马上消费金融的工作人员，有一些关于{{name}}先生的个人事务需要与他本人沟通，麻烦您转告他回电联系，谢谢您的帮助。', ['third_party_contact'], u, "collector work-tool script: phone script for a borrower's family or colleague: asks them to pass a message")
C('{{name}}先生/女士，郑重提醒您：借款{{amount}}元逾期{{overdueDays}}天的记录即将上报至人民银行征信系统。一旦上报，将影响您未来的贷款、信用卡申请、甚至就业和子女入学。请务必在3个工作日内处理，避免不可逆的征信污点。', ['credit_threat', 'urgency'], u, 'collector work-tool script: SMS/phone script: credit-report warning with a 3-working-day deadline')
C('{{name}}先生/女士，这是启动法律程序前的最后一次通知。您的借款{{amount}}元已逾期{{overdueDays}}天，我方已准备向法院提交诉讼材料。如果在48小时内仍未收到您的还款或协商意愿，将正式启动诉讼流程。请立即联系我方。', ['legal_threat', 'urgency'], u, 'collector work-tool script: script: last notice before a lawsuit, 48-hour deadline')
C('{{name}}先生/女士，因多次沟通未果，您的借款{{amount}}元逾期{{overdueDays}}天的案件将移交外部催收机构处理。委外催收可能采取更严格的催收手段，包括上门走访、单位联系等。为避免不必要的困扰，建议您在移交前与我方达成还款方案。', ['home_visit', 'third_party_contact'], u, 'collector work-tool script: script: warns of outsourcing with home visits and employer contact')
C('您好，请问是{{name}}的家人吗？我是马上消费金融的工作人员。关于{{name}}先生的借款{{amount}}元逾期{{overdueDays}}天的情况，我们已多次联系他本人但未得到有效回应。债务问题越早处理越好，希望能得到家人的理解和支持，协助他尽快解决。', ['third_party_contact'], u, "collector work-tool script: script: tells a borrower's family about the overdue debt")
C('我理解您的立场。债务是{{name}}先生个人的责任，但逾期不还会对他本人造成严重后果：征信受损、法律诉讼、失信名单等。如果您能劝说他主动联系我们协商，就是对他最大的帮助。我们愿意提供灵活的还款方案。', ['third_party_contact', 'credit_threat', 'legal_threat'], u, 'collector work-tool script: script for a family member who refuses to help')
C('{{name}}先生/女士，根据合同中的仲裁条款，关于借款{{amount}}元逾期{{overdueDays}}天一事，我方已向仲裁委员会提交仲裁申请。仲裁裁决具有与法院判决同等法律效力。建议您在仲裁庭组成前与我方协商解决，避免仲裁程序带来的额外成本。', ['legal_threat'], u, 'collector work-tool script: script: arbitration notice')
C('{{name}}先生/女士，您的借款{{amount}}元已逾期{{overdueDays}}天，已达到严重逾期标准。\n如不及时处理，可能面临：\n• 征信记录上报\n• 法律诉讼风险\n• 额外违约金累积\n\n请尽快与我们还清欠款或协商还款方案。我们不希望走到下一步，但最终还是需要您主动配合。', ['credit_threat', 'legal_threat'], u, 'collector work-tool script: script: escalation warning (multi-line, kept as in source)')
C('{{name}}先生/女士，如判决后仍未履行，您将被列入失信被执行人名单（俗称"老赖"），后果包括：\n• 限制高消费（飞机、高铁、星级酒店）\n• 冻结银行账户、查封财产\n• 影响子女就学、就业\n• 公开曝光个人信息\n\n借款仅{{amount}}元，为此背上失信记录得不偿失。请立即处理。', ['legal_threat', 'credit_threat', 'reputation', 'urgency'], u, 'collector work-tool script: script: consequences of the court blacklist, incl. public exposure (multi-line, kept as in source)')
C('{{name}}先生/女士，关于您借款本金{{amount}}元逾期{{overdueDays}}天一事，现正式告知：\n根据《民法典》相关规定及双方合同条款，您已构成违约。如持续不履行还款义务，我方将依法采取以下措施：\n1. 向人民法院提起诉讼\n2. 申请财产保全\n3. 上报征信系统\n\n请在3个工作日内联系我方协商还款事宜。', ['legal_threat', 'credit_threat', 'urgency'], u, 'collector work-tool script: script: formal legal-risk notice (multi-line, kept as in source)')
C('{{name}}先生/女士，确认一下您刚才的承诺：\n您同意在 YYYY年MM月DD日 前偿还 {{amount}} 元，如果按时履约，我们将为您减免部分费用。\n请务必按时还款，否则之前的减免方案将失效。\n再次确认，您一定能按时偿还对吗？', ['urgency'], u, 'collector work-tool script: script: confirming a promise to pay (multi-line, kept as in source)')
B('【马上消费金融】{{name}}先生/女士，您借款{{amount}}元已逾期{{overdueDays}}天，请尽快还款或联系协商方案。如已还款请忽略。咨询电话：XXX-XXXXXXX。', u, "collector work-tool script: the library's plain overdue SMS template (no pressure tactic; hard negative)")
B('{{name}}先生/女士您好，我是马上消费金融调解专员，关于您借款{{amount}}元逾期{{overdueDays}}天的事宜，多次致电未能接通。请您在方便时回电联系，我们将为您提供协商还款方案。祝您生活愉快。', u, "collector work-tool script: the library's voicemail script (plain; hard negative)")
B('{{name}}先生/女士，很高兴终于联系上您。关于借款{{amount}}元逾期{{overdueDays}}天的情况，我们一直希望能与您沟通协商。逃避不是办法，我们一起想办法解决好吗？', u, "collector work-tool script: the library's re-contact script (plain; hard negative)")
B('{{name}}先生/女士，您完全有权通过合法途径维护自身权益。我们的催收行为严格遵守《催收自律公约》和相关法规。如果您认为有任何不当之处，可以向互联网金融协会或监管部门反映。同时，债务问题仍需解决，我们随时愿意与您协商合理方案。', u, "collector work-tool script: the library's reply to a debtor threatening to complain or call the police (hard negative)")
B('感谢您的理解和支持！代偿流程很简单：您可以通过对公账户或指定还款渠道将{{amount}}元转入，到账后我们会立即结案并出具结清证明。请问您方便什么时候处理？我可以全程指导您操作。', u, "collector work-tool script: the library's script for a family member who offers to pay (hard negative)")
B('{{name}}先生/女士，确认收到您偿还的 {{amount}} 元。您的债务已结清，后续不会有额外费用产生。\n感谢您的配合，祝您生活愉快！如有其他问题可随时联系。', u, "collector work-tool script: the library's payment-received confirmation (multi-line; hard negative)")
B('【还款提醒】{{name}}先生/女士，您承诺的还款日即将到期，请按时偿还{{amount}}元。如遇困难请提前联系协商，避免逾期影响征信。', u, "collector work-tool script: the library's promised-date reminder SMS (mentions 征信 as advice; hard negative)")
B('{{name}}先生/女士，考虑到您的实际情况，我们可以将利息部分减免50%。您只需偿还本金{{amount}}元加上减免后的利息，总金额将大幅降低。请问您能接受吗？', u, "collector work-tool script: the library's interest-waiver offer (hard negative)")
u = "Tianweiyao/Pinche src/main/java/com/hodehtml/demo/redis/MessageTypeEnum.java"
N = "a cash-loan app's message template (｛现代吧｝) in public code, one rung of its overdue escalation ladder (#placeholders# as in source)"
C("您好，您的｛现代吧｝借款已逾期1天，为避免个人征信及芝麻信用受损，请于今天12点前处理逾期欠款。若已还款无需理会，如有疑问请致电#contact_phone#。", ["credit_threat", "urgency"], u, N + ": day 1")
C("您的｛现代吧｝借款于#repay_date#应还#repay_money#元，已逾期3天，产生额外逾期费用#extra_money#元，请尽快处理欠款，避免信用不良。因您电话不接、短信不回，我司按照流程将告知您紧急联系人。", ["third_party_contact", "credit_threat"], u, N + ": day 3")
C("您的｛现代吧｝借款于#repay_date#应还#repay_money#元，已逾期5天，产生额外逾期费用#extra_money#元，请尽快处理欠款，若您继续拒绝还款，我司按照流程将联系您的通讯录名单。", ["third_party_contact"], u, N + ": day 5")
C("您的｛现代吧｝借款于#repay_date#应还#repay_money#元，已逾期7天，产生额外逾期费用#extra_money#元，请尽快处理欠款，若您拒绝还款，我司将提交至芝麻信用，逾期信息在负面信用中无法消除。", ["credit_threat"], u, N + ": day 7")
C("您的｛现代吧｝借款于#repay_date#应还#repay_money#元，已逾期10天，产生额外逾期费用#extra_money#元，我司已提交芝麻信用，并委托专业机构进行催收，同时保留诉松权利。如有疑问请致电#manage_phone#。", ["credit_threat", "legal_threat"], u, N + ": day 10 (诉松 typo as in source)")
C("您好，#loan_mobile#，由于多次跟您沟通无果，拒绝还款，屡次爽约拖欠。公司决定采取对应措施，提交锦天城律师事务所内给予家庭/公司发出起诉函。详询#contact_phone#。", ["legal_threat", "third_party_contact"], u, N + ": day 15, names a real law firm and threatens letters to home or workplace")
C("你的粉丝用户#loan_mobile#已逾期，请登录现代吧查看，并督促用户还款，本次逾期将扣除你的奖金#pubish_money#元。", ["third_party_contact"], u, "the same app's notice to the referring 'agent' of an overdue borrower, asking them to press for repayment")
B("您的｛现代吧｝借款#repay_money#元于#repay_date#到期，请保证绑定银行卡内余额充足或手动还款，还可使用展期服务。祝您生活愉快。", u, "the same app's pre-due reminder (genuine reminder)")
B("您的｛现代吧｝本期借款账单自动扣款失败，系统将稍后重新发起扣款，或您可手动还款，以免产生逾期。谢谢！", u, "the same app's failed-debit notice (genuine reminder)")
B("您的｛现代吧｝本期借款已还清，感谢您的使用。", u, "the same app's repaid notice (hard negative)")
u = "https://docs.oracle.com/en/industries/energy-water/customer-cloud-service/24a/ccs-user-guides_zh/Topics/C1_29Overdue_Collection_Classes.html"
B("依據您的逾期程序設定催收類別。請務必指出這些催收類別使用「逾期」催收方法 (僅限連結至指定為使用「逾期」催收方法或由「逾期監視」處理之催收類別的帳戶)。", u, "Traditional-script software manual text about collection classes (work text; hard negative)")
u = "https://fdjsq.seafarer.love/news/4577.html"
B("你觉得短信内容不对劲,比如有威胁的话,让你转账到奇怪的账户,那是假的,这时候", u, SEO_B + " (text as in source, ends mid-sentence before a list)")
B("我们银行或网贷平台自己的人手有限,催收工作量大,所以会请外面的公司帮忙,这些公司专门做催收,效率高,能更快联系到借款人,但他们的短信号码和我们官方的不一样,所以你觉得陌生。", u, SEO_B)
u = "https://m.gzjll.com/3/3586370.html"
B("正规平台的催收短信会注明机构名称和官方客服电话。短信内容通常简洁,不会威胁恐吓或索要个人信息。", u, SEO_B)
u = "https://ent.ltn.com.tw/news/breakingnews/5278438"
B("發文中，吳淡如舉個例子：「你知道債權人和債務人，哪一個比較尷尬嗎？答案是：債權人。」", u, "TW entertainment news quoting a writer's post about debts (hard negative)")
B("以理性來說，吳淡如進一步分析，黑幫幹掉不還錢的人，毫無利益可言，「他們必須要讓借錢的人好好活著，才能夠收回債務，不是嗎？", u, "TW news quoting a writer on gangs and debtors (violent words, not collection; hard negative; trimmed at the question mark, so the opening quote is unbalanced)")
u = "https://house.ettoday.net/news/3113798"
B("友人透露，自己甚至連跨年夜都在傳訊息催討房租，當時傳了一張2026年煙火照片並提醒給錢，豈料卻遭到房客回嗆，說跨年的時間點還要催錢，要催也應該等隔天。", u, "TW news about a landlord chasing rent by message (reported; hard negative)")
B("「我懂，跟催債一樣的心情，每個月都要問『請問這個月可以還錢嗎？』都不知道為什麼不還錢」", u, "TW netizen comment quoted in news (hard negative)")
u = "https://windows8.pixnet.net/blog/post/11299007"
B("後來晚上我出去五分埔買鹹酥雞,經過了二樓,看到二樓的門上面貼著「還錢」兩個大字,地上灑滿了冥紙,噢,然後二樓走到一樓,郵箱上和門口都被貼了二樓屋主的名字,這傢伙應該跟彩璇小姐一掛的吧,便利貼用了那麼多。", u, "TW personal blog describing a neighbour's door plastered by debt collectors (hard negative)")
B("晚上十一點半,走過灑滿冥紙的樓梯,真是太驚悚了。", u, "TW personal blog (hard negative)")
u = "https://reading.udn.com/read/story/7048/9031689"
B("這種一手交錢一手交貨的時刻，在法律上稱作「同時履行抗辯權」。", u, "TW essay about paying renovation balances (hard negative)")
B("「為了十幾萬然後花十萬找律師嗎？」", u, "TW essay: an engineer on not suing a client who never paid (hard negative)")
u = "https://www.samsungetf.com.hk/loan/2861"
B("欠財務公司錢,想「走數」但又怕後果?每日提心吊膽,擔心被人上門追數、被控告欺詐,甚至影響家人?", u, "HK debt-advice article opening (hard negative)")
B("警方的職責是調查刑事案件和維持治安。因為單純的欠債不還並不構成刑事罪行,所以警方不會介入,也不會受理財務公司因為你「走數」而提出的報案。", u, "HK debt-advice article sentence (hard negative)")
u = "https://www.samsungetf.com.hk/?p=2254"
B("收到財務公司的電話或信件,被告知需要即時還清所有欠款,這就是大家常說的「Call Loan」。", u, "HK debt-advice article sentence (hard negative)")
u = "https://www.samsungetf.com.hk/loan/275"
B("明明已經申請破產,為何追數電話與滋擾信息依然無日無之,甚至變本加厲,禍及家人?", u, "HK debt-advice article opening (hard negative)")
u = "http://hk.on.cc/hk/bkn/cnt/news/20240911/bkn-20240911212752975-0911_00822_001.html"
B("執法部門提醒,刑事恐嚇屬嚴重罪行,一經定罪,最高可被判處監禁5年。", u, "HK news on a criminal-intimidation arrest unrelated to debt (hard negative)")
u = "http://www.suzhouguqin.com/content/1774119.html"
B("還要注意,催債內容一定要準確,催款信息中,應準確列出催款對象全稱、催款事由、具體款項、收款方的收款信息,語氣可根據催款對象、催款頻次的不同而做出調整。", u, "advice on writing a debt-reminder message (Traditional-script mirror of mainland text; hard negative)")
B("如果是個人之間借款催債,比如熟人借錢之類,用戶直接和對方說明想讓其還錢意愿即可,不需要各種暗示,直接和對方說明,對方一般會馬上還錢,如果對方找理由一直拖著不還錢,并且欠款金額較大,用戶可以直接起訴對方。", u, "advice on chasing a personal loan (Traditional-script mirror; mentions suing; hard negative)")
u = "http://rms.hk/hk/tc/qa.aspx"
B("本公司是全球領先的商業催收代理機構,提供各種應收帳款管理服務,其中包括第一方與第三方催收,信件書寫服務,法律服務,公司破產服務,帳務扣除處理服務和教育培訓服務等等。", u, "HK commercial collection agency's FAQ page (business text; hard negative)")
B("可以。我們鼓勵客戶和潛在客戶參觀我們的催收中心,同我們的員工交談,了解我們使用的最為先進的技術,感受我們高水平的專業技術和職業精神。", u, "HK commercial collection agency's FAQ page (hard negative)")
u = "https://00.wendadaohang.com/zd/De00eZZTrBn0eenBIZ0.html"
B("确实碰上比较耍赖的,就直接向用户单位更高级别的部门或领导发起询问,一定不要绕弯弯,催款没有什么不好意思。", u, "Q&A answer on chasing a business customer's payment (hard negative)")
u = "https://hb0561.com/baiye/yqxs/744401.html"
B("这些短信一般声称使用者需要参与某种调解程序,并须要使用者提供个人信息或支付相关费用。为了保护自身的合法权益,理解怎么样识别并验证这类短信的真实性显得尤为要紧。", u, SEO_B + " (mediation-SMS scams)")
u = "https://www.huahuazhijia.com/post/you-chu-fa-yuan-tiao-jie-duan-xin-shi-zhen-de-ma.html"
B("诈骗短信吓唬你,会用“法院调解”“即将立案”“冻结账户”等措辞,催促你马上联系某个电话或者点击链接。", u, SEO_B + " (lists threat words)")
B("最近,很多朋友网上和朋友圈都讨论一个话题收到了一条“邮储法院调解短信”,内容声称是邮储银行和法院联合发出的,要求你尽快联系处理信用卡、贷款逾期问。", u, SEO_B + " (reported speech; text as in source)")
u = "https://law.fsc.gov.tw/LawContent.aspx?id=FE057300"
B("(三)得標之資產管理公司如違反相關約定者,金融機構應立即與該公司解約並買回不良債權,同時請求違約金並將該資產管理公司名單登錄於財團法人金融聯合徵信中心供各金融機構參考。", u, "TW regulator's rule text on debt sales to asset-management companies (hard negative)")
u = "https://github.com/uicestone/systar/issues/8"
B("逾期后，主办律师及财务每日收到逾期收款的消息；逾期一周的时间给主办律师、财务发一个邮件", u, "a law-firm practice-management feature request about internal fee-collection reminders (work text; hard negative)")
B("逾期超过15日的，主办律师、财务、律所主任每日收到逾期收款的消息", u, "the same law-firm feature request (work text; hard negative)")
u = "https://github.com/Pixel-Tailor-CN/PixelText/issues/4"
B("可是有一些公益短信，或者信用卡账单提醒想拦截，这些比较私密的拦截上报感觉不太合适", u, "an SMS-app user discussing blocking credit-card bill reminders (hard negative)")
u = "https://github.com/tianma8023/SmsCode/issues/4"
B("您正在进行中行微银行关联账户操作（储蓄账户尾号****），手机验证码为：******（1分钟内有效），请勿告知他人。如非本人操作请及时致电客服95566", u, "a genuine bank verification SMS template quoted by a user in an issue (hard negative)")
u = "https://www.fadingding.com/mei-tuan-fa-2.html"
C("尊敬的客户,您的借款已严重逾期,请于今日17点前还款,否则我司将安排工作人员上门核实情况。", ["home_visit", "urgency"], u, "an overdue SMS attributed to a consumer-lending app, quoted on a debt-advice page (may be an illustrative example)")
B("短信提示音响起,屏幕上赫然显示“美团”发来的催收信息,声称若不按时还款将派人上门。小王手心冒汗,心跳加速,脑海里瞬间闪过一连串问题。", u, SEO_B + " (reported speech)")
B("一位不愿透露姓名的前催收行业从业者透露:“短信里的‘上门’更多是一种心理战术。真正安排人员上门催收成本高、效率低,且容易引发冲突,平台往往将其作为最后手段。”", u, SEO_B)
u = "http://biji.yanggu.tv/xyqshan/19203544258.html"
C("已移交法务部处理", ["legal_threat"], u, "fragment of an overdue SMS a blogger says he received after 4 days late, quoted in his post (short)")
B("上周,我手头有点紧,美团生活费忘了还,拖了4天。第二天就收到短信,说是“已移交法务部处理”,还附带一个“传票”的链接。当时我脑子嗡一下,冷汗都出来了!", u, "first-person blog about a collection SMS (reported speech; hard negative)")
B("后来我打电话给美团客服(别打那个短信里的号码!),人家说:“您这是正常催收流程,还没到起诉阶段。” 那口气,跟家常便饭似的。", u, "first-person blog (hard negative)")
u = "http://cnjiayu.com.cn/ye/xyqan/1316048269.html"
B("我第一次收到这类短信时,说实话心里也咯噔一下。但后来发现这多半是催收人员的一种心理战术。他们想通过这类途径给你施加压力,让你赶紧还款。", u, SEO_B)
u = "http://www.tsxnews.com.cn/2024falv/xyqxin/15428599037.html"
C("你已经逾期了,再不还就要起诉你", ["legal_threat"], u, "the gist of a collection SMS as a blogger paraphrases it (may be a paraphrase; short)")
B("美团不会用威胁的语气催你还款,更不会直接说“要起诉你”。", u, SEO_B)
u = "https://m.weather.com.cn/szhk/yuqi/wangdai/1948640.html"
B("最近,有一些网友声称收到了美团生活费逾期催收的短信,信中声称如果不及时还款,将派人上门催收。这引起了部分用户的担忧,他们担心是否会受到威胁或恐吓,同时也怀疑这是不是一种诈骗行为。", u, SEO_B + " (reported speech)")
u = "http://www.guanxian.org/consult/yqdongtai/533332.html"
B("美团确实会通过短信提醒客户关于逾期还款的难题。若客户未能按期还款,美团有可能发出起诉的短信。", u, SEO_B)
u = "https://53761.com.cn/shenka/77295.html"
B("另一方面,一些用户可能会因为某些原因没有及时还款,导致债务逾期。此时,美团外卖会通过手机短信、电话等渠道提醒用户尽快还款,但并不会威胁用户或上门催收。", u, SEO_B)
u = "https://www.fadingding.com/ping-an-pu-hui-313.html"
C("平安普惠提醒您,您的贷款已逾期,外访人员将前往户籍地进行核实,请做好准备。", ["home_visit"], u, "an overdue SMS attributed to a lender, quoted on a debt-advice page as 'similar content' (may be an illustrative example)")
C("外访人员已出发", ["home_visit"], u, "a short SMS prompt quoted in the same page's opening (fragment)")
B("近期,不少借款人收到“外访人员将上门催收”的通知,这些通知确实有可能是真实的。但同时也存在虚张声势的情况,部分催收人员试图通过制造紧张感来促使借款人还款。", u, SEO_B + " (reported speech)")
u = "https://jljc.lvbiguanjia.com/jt/90821.html"
C("尊敬的用户,您在360借条的借款已逾期,请尽快还款,以免影响您的信用。", ["credit_threat"], u, "an overdue SMS attributed to a lender, quoted on a loan-advice page (mild; may be an illustrative example)")
B("首先,收到这样的短信,一定要保持冷静,不要被“逾期”、“催款”这样的字眼吓到。", u, SEO_B)
u = "https://www.523it.com/g/89825.html"
C("【平安e贷】用户您好,您名下贷款已严重逾期,涉及金额XX,XXX元,若未及时处理将上报征信并采取法律措施,请立即登录还款链接处理……", ["credit_threat", "legal_threat", "urgency", "payment_red_flag"], u, "an SMS a lawyer's advice page describes as a likely spoofed 'overdue' notice with a repayment link (asks payment via a link)")
B("首先划重点:中国平安官方不会通过短信直接发送带有链接的“还款通知”或“逾期警告”,尤其是那种附带“点击立即还款”“绑定银行卡验证”等操作按钮的,基本可以判定为仿冒信息。", u, SEO_B)
B("所以记住一句话:凡是让你点链接、输密码、发验证码的“金融机构通知”,一律当诈骗处理。", u, SEO_B)
u = "http://open.993113.com/1096400.html"
C("我们是平安银行委托的外访团队,明天将到你户籍地和工作单位核实还款能力", ["home_visit"], u, "a collector's phone line quoted in a debt-advice article's opening vignette (may be an illustrative example)")
B("30天内是在逾期前期催收阶段,以电话、短信提醒为主;60天进入全面催收阶段,上门频率明显增加;60天之后,如果满足上门条件的,就会进行上门走访,主要针对金额较大或多次催收未果的客户。", u, SEO_B)
u = "https://www.freety.cn/falv/360jtyqdxsysmdmzmcl.html"
B("但是,根据相关规定和行业惯例,360借条逾期短信一般不会直接提到上门催收,而更多是通过 、短信等方式进行联系和提醒。", u, SEO_B + " (a word is missing in the source)")
u = "https://www.4fzw.com/x/361915726_968235658"
B("嘿,朋友们,最近有没有收到过360借条的催款短信呀?这事儿可大可小,处理不好可能会影响到咱们的信用记录哦。", u, SEO_B)
u = "http://tsxnews.com.cn/2024falv/yqzhishi/609098.html"
B("(3)以法律诉讼、逾期利息等手段迫采客户还款。", u, SEO_B + " (list item about scam tactics; text as in source)")
u = "http://anju.szhome.com/info/zhongguo/7516794.html"
B("借呗作为一种便捷的借贷方式,受到越来越多用户的青睐。然而,有关借呗逾期短信通知起诉的消息不胫而走,引起了许多用户的担忧和疑问。", u, SEO_B)
u = "http://www.5ityx.com/jinrong/161.html"
B("平安普惠逾期后的委托方通常是与平台合作的第三方催收机构,其地域分布和借款人的户籍地或者常住地并没有必然的联系。", u, SEO_B)
u = "http://www.chengmianhao.com/cf/46128.html"
C("将向工作单位核实还款能力", ["third_party_contact"], u, "the tail of an overdue SMS a reader sent to a loan blogger, as he quotes it (fragment)")
B("最近有位读者在后台私信我:\"老师,我京东白条欠了1000块逾期20天,今天收到短信说要寄通告函到单位,这可怎么办啊?\"", u, "loan blog quoting a reader's question (reported speech; hard negative)")
u = "https://m.fqmxn.com/1/2676917.html"
B("京东金条会发信息提醒还款。比如还款日前3天,手机会收到短信,提醒金额和日期。还款当天上午,还会再发一条,避免忘记。", u, SEO_B)
u = "https://anju.szhome.com/info/jianshe/7990160.html"
B("有用户反映,在逾期未还款的情况下,京东白条会打通讯录中的 号码,向用户的亲友通报逾期情况。", u, SEO_B + " (a word is missing in the source)")
u = "https://53761.com.cn/huankuan/296.html"
B("近期,一些用户反映,京东白条的催收人员上门核实用户的信息,这让许多用户感到不安。", u, SEO_B + " (reported speech)")
u = "http://www.xuexi1.com/kaoshiguanli/441705.html"
B("- 逾期第1天起,系统自动发送逾期提醒短信或电话,告知还款金额及截止日期。", u, SEO_B + " (list item)")
u = "https://anju.szhome.com/info/zhongguo/6345423.html"
B("4. 逾期后果:通告短信会明确告知用户逾期的后果,比如产生逾期利息、影响个人信用记录等。这提醒用户及时还款避免不必要的麻烦和损失。", u, SEO_B)
u = "http://tsxnews.com.cn/2024falv/baiye/yqxs/998177.html"
B("逾期了发短信说我被起诉了,这类短信多数情况下是机构向您发出的警告。它们试图让您相信,您已经因为逾期还款被起诉,以此来施加压力,让您尽快还款。", u, SEO_B)
u = "http://www.tsxnews.com.cn/2024falv/xyqxin/22539605791.html"
B("个人感受:我当初收到都吓傻了,后来发现是某贷款APP的\"表演式催收\",真是又气又笑!😅", u, SEO_B + " (first-person)")
u = "https://www.xiaoencien.com/Y/34197.html"
B("这时候基本就是短信+智能语音,内容就像老朋友提醒:“亲,记得处理账单哦~”语气那叫一个和蔼,生怕把你吓着。", u, "loan blog describing early-stage reminder messages (quotes a mild reminder; hard negative)")
B("有个法律冷知识:催收人员未经允许进屋,涉嫌非法侵入住宅罪,这可是刑事犯罪。", u, SEO_B)
u = "http://789yingshi.cn/baike/96730.html"
B("催收短信說會有催收人員上門催收,其實也是為了催促用戶進行還款,實際上門催收的可能性并不高。", u, SEO_B + " (Traditional-script mirror of mainland text)")
u = "https://refenxiang.com/1110719.html?month=11&year=2025"
B("假短信的内容往往简单粗暴,最重要的是会出现链接,千万不要点击。", u, SEO_B)
u = "http://anju.szhome.com/info/gongshang/7433652.html"
B("催款短信是微粒贷向借款人发送的一种催收信息,旨在提醒借款人按时还款,并告知其相关的还款信息。", u, SEO_B)
u = "https://tw.news.yahoo.com/%E6%9C%89%E5%A4%A0%E5%9B%82%E5%BC%B5-14%E6%AD%B2%E5%B0%91%E5%B9%B4%E6%AC%A03%E8%90%AC%E9%81%AD%E8%A3%BD%E6%88%90-%E9%82%84%E9%8C%A2%E7%8D%8E%E7%8B%80-%E6%BB%BF%E8%A1%97%E5%BC%B5%E8%B2%BC-%E8%AD%A6%E6%96%B9%E8%A6%81%E6%9F%A5%E4%BA%86-053700179.html"
B("警方則表示，張貼含個資的「還錢獎狀」已觸犯《個人資料保護法》，同時未經許可張貼廣告屬《廢棄物清理法》違規，將依法追辦。", u, "TW news on debt-shaming posters (hard negative)")
B("校方證實，小明為中輟生，長期缺課、作息不規律，學校與家長曾多次討論輔導措施。", u, "TW news (hard negative)")
u = "https://www.lbk.com.tw/blog/detail?bid=1148"
B("當借款人接到高壓催收、發現費用異常或懷疑條款不當時,第一步不是吵架也不是忽視,而是立即啟動「蒐證—釐清—溝通—申訴—調解/訴訟前程序」的標準作業流程(SOP)。", u, "TW lending-platform blog on handling collection disputes (hard negative)")
u = "https://buzztriangle.com/financial/494981.html"
B("傳統的還款方式往往需要親自前往銀行辦理,對於工作繁忙或身處海外的持卡人而言極不方便。", u, "HK article on repaying card debt (hard negative)")
u = "https://reloan.hk/article_info/1221/hk-youngsters-become-debt-free"
B("一旦信用卡債務越滾越大,持卡人難免萌生「擺爛」心態,甚至出現躲債、借錢、卡冚卡的循環。", u, "HK debt-advice article (Cantonese-flavoured; hard negative)")
u = "https://www.samsungetf.com.hk/?p=1209"
B("看著每月卡數利疊利,感覺像陷入無底深潭?只還 Min Pay (最低還款額),卻發現債務總額不減反增?你並非孤單一人,更非無計可施。", u, "HK debt-advice article opening (hard negative)")
u = "https://www.samsungetf.com.hk/?p=738"
B("看著信用卡月結單上的最低還款額(Min Pay),你是否也曾感到一絲輕鬆,以為暫時解決了問題?", u, "HK debt-advice article opening (hard negative)")
u = "http://whyfsj.cn/yfdm/9304.html"
B("消费金融短信怎么回事?最近听身边不少朋友说,会收到消费金融发来的催还款短信,说是会上门催缴或以为逾期未还被诉讼,让人很慌,那么这是真是假呢?", u, SEO_B + " (reported speech)")
u = "http://anju.szhome.com/info/zhaoshang/6233295.html"
B("消费金融贷款逾期短信是指借款人在消费金融公司贷款逾期后,公司通过短信方式提醒借款人还款的行为。", u, SEO_B)
u = "https://xbcs.bhwang.cn/xincaishe/post/72556.html"
B("答案消费金融催收短信来自你借钱的那个金融机构平台,比如网贷公司、银行等,这些短信会提醒你还款日期、还款金额以及还款方式等信息,催收短信也来自第三方催收公司,这是因为他们帮你催收欠款。", u, SEO_B + " (text as in source)")
u = "http://cnjiayu.com.cn/ye/xyqan/0929692726.html"
B("有一次我收到个短信说我不还款就要公开我的\"不雅视频\",吓得我一身冷汗。后来发现是骗子现在想起来都觉得后怕,记住:抖音月付绝不会通过短信索要你的验证码。", u, SEO_B + " (first-person report of a threat SMS; reported speech)")
B("我的天我第一次逾期才几天,那短信写得比情书还长,各种\"温馨提示\"看得我手心冒汗。", u, SEO_B + " (first-person)")
u = "https://mianjianghao.com/zhudai/48395.html"
B("「我现在每月10号发工资,能否把本期账单拆成两笔支付?」", u, "a debtor's suggested line to a lender, from a debt-advice page (hard negative)")
B("「已经还了最低还款,为什么还会收到催收短信?」", u, "a debtor's suggested line to a lender, from a debt-advice page (hard negative)")
u = "https://www.hefeilaws.com/hf/160008.html"
B("抖音月付在借款人逾期后,会通过短信的方式进行提醒,主要目的是为了告知借款人还款的紧迫性,促使其尽快还款,减少逾期带来的损失。", u, SEO_B)
u = "https://anju.szhome.com/info/guangda/6229634.html"
B("例如,“您的还款日期将至,请及时还款,避免逾期产生的费用。”这样的信息提醒能够引起借款人的注意,促使其主动履行还款义务。", u, SEO_B + " (quotes a pre-due reminder)")
u = "https://anju.szhome.com/info/pufa/6810025.html"
B("短信会重申借款人的还款义务,并明确要求借款人尽快还款,以避免进一步的逾期和可能的法律后果。", u, SEO_B)
u = "https://anju.szhome.com/info/gongshang/6623421.html"
B("拍拍贷逾期短信会根据逾期情况发送,通常会在逾期后的第一天、第三天、第五天等时间段发送提醒短信。", u, SEO_B)
u = "https://anju.szhome.com/info/zhaoshang/6743020.html"
B("拍拍贷的催收短信通常是以友好、合理的方式进行,避免过于强硬或恶意的催收手段。", u, SEO_B)


# --- batch 12 (2026-12-02) ---------------------------------------------------------------
JUDG_TW = "TW court ruling text (hard negative)"
u = "https://lawplayer.com/judgment/KSDM,111,聲判,21,20220725,1"
C("老話一句,賴先生你要還錢了沒?", ["reputation"], u, "TW: a private creditor's public Instagram post pressing a named debtor, quoted verbatim in a court ruling (prosecution refused); the post is public shaming")
C("真的不要逼我去你家要錢", ["home_visit"], u, "TW: a private creditor's public Instagram post to a debtor, quoted in a court ruling")
C("是不是我太給你臉,讓你覺得欠錢不用還?", ["abuse", "reputation"], u, "TW: a private creditor's public Instagram post to a debtor, quoted in a court ruling")
C("寫這些與事實不合的文字,還是趕緊還我錢吧,你還欠我錢沒還", ["urgency", "reputation"], u, "TW: a private creditor's public Instagram post to a debtor, quoted in a court ruling")
C("我反寄一封存證信函給你吧,我順便要回你欠我的錢", ["legal_threat", "reputation"], u, "TW: a private creditor's public Instagram post to a debtor, quoted in a court ruling")
C("欠錢五年還做這麼多小動作、太給你面子是不是?", ["abuse", "reputation"], u, "TW: a private creditor's public Instagram post to a debtor, quoted in a court ruling")
C("你不想被我搞誣告的話,你還是好好還我錢吧", ["legal_threat", "reputation"], u, "TW: a private creditor's public Instagram post to a debtor, quoted in a court ruling; cut where the excerpt ends")
B("上列聲請人因告訴被告恐嚇取財等案件,不服臺灣高等檢察署高雄檢察分署111年度上聲議字第481號駁回再議之處分(原不起訴處分案號:臺灣高雄地方檢察署檢察官111年度偵字第700號),聲請交付審判,本院裁定如下:", u, JUDG_TW)
u = "https://news.tvbs.com.tw/local/749264"
B("找不到欠錢的爸爸就找上兒子家噴漆,黃家人被嚇到,控告噴漆的羅姓男子恐嚇與毀損,然而檢方卻認定雖有毀損,但恐嚇部分不成立不起訴。", u, TW_B)
B("律師:「絕子絕孫是以詛咒的方式為之,因為不屬於人力能控制,法律上也不認為將來可以實現,所以當然就不會構成刑法上的恐嚇罪。」", u, TW_B)
u = "https://www.lawsq.com/book/52251449213"
B("訊據被告雖坦承有出借附表所示款項予告訴人,並收取與原 本顯不相當之利息,惟否認有何重利犯行,辯稱:告訴人並 非是因為急迫、輕率、無經驗或難以求助之處境向我借款等 語。", u, JUDG_TW + "; usury case, display spaces kept as in the source")
u = "https://sunrisetaipei.com/20210728-2/"
B("某張先生不滿陳姓鄰居三不五時亂移其機車,就留了紙條「公德心,你再亂移車,小心3樓」,遭陳姓鄰居提告恐嚇。", u, "TW law-firm article on a neighbour's note, not a debt (hard negative that quotes a threat)")
B("實務會認為,被害人是否心生畏懼,應就惡害通知之內容、方法,以及社會大眾認知之民間習俗、文化背景等情況,綜合予以判斷,像是寄信附子彈就是典型的恐嚇罪,假若當事人並不因此害怕,這時就不會產生畏懼的心裡,其心裡免於恐懼的自由法益就沒有受到侵害,就不構成恐嚇。", u, "TW law-firm article sentence (hard negative); text as in the source")
u = "https://news.ltn.com.tw/news/society/breakingnews/5354621"
B("法官審酌恐嚇內容、對被害人心理影響等情節，判處黃女6月徒刑。再考量黃女犯後態度惡劣，將易科罰金每日1000元折算標準，提高為2000元。", u, "TW news on a LINE threat between parents and pupils, not a debt (hard negative)")
u = "https://www.lvbishangwu.com/yqnews/yqzx/article/2592.html"
C("尊敬的客户,你的贷款账号于XX日期逾期,已触发立案程序,请在XX时间内还清欠款,否则我们将采取法律手段,如有疑问,请联系我们的客服热线XXX-XXXX-XXXX。", ["legal_threat", "urgency"], u, SEO)
B("如果你收到了这样的短信,该怎么办呢?不要慌张,冷静下来,然后及时与银行或者贷款机构联系,了解逾期的具体情况和还款的详细要求,如果有困难,可以尝试与银行或者贷款机构协商,看是否可以制定一个合理的还款计划。", u, SEO_B)
u = "https://www.523it.com/g/83597.html"
B("真正的金融机构不会只靠一条短信就认定你违约,也不会马上上报征信。", u, SEO_B)
u = "https://www.523it.com/g/119235.html"
C("您因贷款逾期,车辆已被锁定,请立即还款,否则将依法拖车处理。", ["legal_threat", "urgency"], u, SEO + "; car-loan repossession SMS")
C("【零一法务】您在XX平台的贷款已严重逾期,我方已受托启动法律程序,请立即还款,否则将上报征信并追究法律责任。", ["impersonation", "legal_threat", "credit_threat", "urgency"], u, SEO + "; a '法务' sender name")
B("真正的司法程序,不会从一条短信开始,法院传票是纸质寄送或通过“人民法院送达网”推送,绝不会用群发短信通知你“即将起诉”。", u, SEO_B)
u = "https://www.523it.com/g/106543.html"
C("尊敬的客户,您在云南农村信用社的贷款已严重逾期,请立即登录[某个链接]处理,否则将上报征信并追究法律责任。", ["payment_red_flag", "credit_threat", "legal_threat", "urgency"], u, SEO + "; the link placeholder is the source's")
C("尊敬的用户,您在无忧宝平台的贷款已严重逾期,请立即还款,否则将影响征信并面临法律追责!", ["credit_threat", "legal_threat", "urgency"], u, SEO)
u = "https://www.523it.com/g/104981.html"
C("尊敬的客户,您在我行的贷款已逾期,请立即登录处理,否则将上报征信系统。", ["credit_threat", "urgency"], u, SEO)
B("真正的银行官方通知,通常来自统一客服号,比如工行是95588,建行是95533,招行是95555,如果你收到的是170、171开头的虚拟运营商号码,或者一长串乱码,那基本可以判定是诈骗短信。", u, SEO_B)
u = "http://tsxnews.com.cn/2024falv/baiye/yqpt/405543.html"
C("尊敬的发短信先生/女士:我是您所欠债款的购物经理咱们前期多次与您沟通,但是您未偿还您的保护债务。请您尽快偿还欠款,以免作用您的信用记录。", ["credit_threat"], u, SEO + "; machine-reworded ('spun') wording as published")
B("尊敬的客户:您好!您在的借款已逾期未还款,请尽快偿还欠款,以免产生不必要的逾期费用。", u, "plain overdue notice quoted on an SEO page (amount/fees only, no pressure wording; benign by the corpus convention)")
B("1068开头的短信多为催款公司或短信,非法院官方通知。这类短信一般较为客气,借款人可适当回复,但要关注保存证据。", u, SEO_B + " (text as in source)")
u = "https://anju.szhome.com/info/minsheng/8204061.html"
B("逾期短信通知是来分期的一项重要服务,旨在提醒用户及时还款,避免产生逾期费用和影响个人信用记录。", u, SEO_B)
u = "https://crgbj.com/personal-loan-disputes"
B("根據民法規定,有效的借貸契約需具備「借貸合意」與「款項交付」兩大要件。", u, TW_B)
B("特別提醒,LINE等通訊軟體的對話紀錄,應完整截圖並確保能辨識雙方身份,必要時可申請調閱帳號註冊資料。", u, TW_B)
u = "https://taozhai.320500.cn/9167"
B("值得注意的是,2021年浙江某案例中,催收人员因连续三天向债务人亲属发送威胁短信,最终被法院以寻衅滋事罪判处有期徒刑8个月。", u, SEO_B)
u = "https://taozhai.320500.cn/6977"
B("在当前社会债务纠纷频发的背景下,部分讨债公司为施压债务人,频繁向其亲属发送警告性或威胁性短信,甚至直接扬言“骚扰家人”。", u, SEO_B)
u = "https://taozhai.zhenggang.org/archives/8077"
B("讨债公司通过电话轰炸、上门滋扰、恐吓威胁等方式骚扰欠款人家属,已构成多重违法。", u, SEO_B)
u = "https://www.hanspub.org/journal/PaperInformation?paperID=80245"
B("司法实践之中,认定催收非法债务的主要疑难点存在于两个部分,分别为“非法债务”和非法“催收”行为的认定,关于“非法催收”行为在法条之中规定了较为详细的行为类型,在司法实务之中也有了较为细致类型分析和判断标准研究。", u, "law-journal article sentence (hard negative)")
u = "https://hanspub.org/journal/PaperInformation?paperID=68400"
B("《刑法修正案(十一)》增设催收非法债务罪,解决了将该类行为认定为寻衅滋事罪量刑畸重的问题。", u, "law-journal abstract sentence (hard negative)")
u = "https://news.mingpao.com/ins/%E6%B8%AF%E8%81%9E/article/20180808/s00001/1533693575821/%E9%A3%9F%E8%82%86%E8%A2%AB%E6%B7%8B%E7%B4%85%E6%B2%B9%E6%92%92%E9%99%B0%E5%8F%B8%E7%B4%99"
B("大坑有食肆閘門及招牌被淋紅油及撒陰司紙。", u, HK_B)
B("該食店與附近另一間食店,亦曾於本年4月,被人用水槍向閘門及招牌噴油漆。警方現正調查事件。", u, HK_B)
u = "https://hk.on.cc/hk/bkn/cnt/news/20200509/bkn-20200509044118011-0509_00822_001.html"
B("今日(9日)凌晨起,警方接獲至少11宗報案,均涉及港九不同找換匯款店被人淋紅油。", u, HK_B)
B("警方經調查發現,部分找換店亦與早前報案店舖同名,將案均列刑事毀壞,暫未有人被捕。", u, HK_B)
u = "https://hd.stheadline.com/hkvoucher2022/news-detail.php?r=1826724&y=2022"
B("警方到場調查,發現鐵閘被淋上紅色油漆及及寫上追債字句,警方向負責人了解後,初步懷疑有人為追討數萬元債款犯案。", u, HK_B + " (text as in source)")
B("警員在場翻查附近閉路電視片段,追查涉案人士歸案。警方將案件列作刑毀,交西區警區刑事調查隊跟進。", u, HK_B)
u = "https://www.am730.com.hk/本地/1012336/荃灣荃新天地中菜館遭淋紅油-警列刑毀緝兇"
B("事位於荃灣荃新天地的一間中菜館，早上約10時許，職員發現店舖大門及招牌等多處被淋紅油，遂報警求助。", u, HK_B)
g = "stheadline 3539667 (fake bankruptcy service)"
u = "https://www.stheadline.com/breaking-news/3539667/%E8%AD%A6%E7%93%A6%E8%A7%A3%E8%99%9B%E5%81%87%E7%A0%B4%E7%94%A2%E6%9C%8D%E5%8B%99%E8%A9%90%E9%A8%99%E9%9B%86%E5%9C%98-%E6%8B%987%E7%94%B7%E5%A5%B3%E6%B6%89100%E5%90%8D%E5%8F%97%E5%AE%B3%E4%BA%BA-%E9%A8%99%E6%AC%BE%E9%AB%98%E9%81%941000%E8%90%AC"
B("結果，受害人不僅未能解決原有債務，更因新借貸的款項被騙徒取走而蒙受額外損失，估計牽涉的受害人數多至100名，涉及的金額高達1,000萬。", u, HK_B + " (debt-relief fraud)", g)
B("當受害人表示有興趣後，隨即會被另一名職員帶往一間位於尖沙咀的財務公司，並以高達47%的年利率借貸，金額由38,000至170,000元不等。", u, HK_B + " (debt-relief fraud)", g)
u = "https://www.stheadline.com/zh-hans/breaking-news/3539667/%E8%AD%A6%E7%93%A6%E8%A7%A3%E8%99%9A%E5%81%87%E7%A0%B4%E4%BA%A7%E6%9C%8D%E5%8A%A1%E8%AF%88%E9%AA%97%E9%9B%86%E5%9B%A2-%E6%8B%987%E7%94%B7%E5%A5%B3%E6%B6%89100%E5%90%8D%E5%8F%97%E5%AE%B3%E4%BA%BA-%E9%AA%97%E6%AC%BE%E9%AB%98%E8%BE%BE1000%E4%B8%87"
B("其后，受害人被转介至指定的律师楼办理所谓的「个人小型破产计划」。但当受害人向律师楼查询时，才发现实际上是申请正式破产，而所谓的「个人小型破产计划」其实并不存在，而他们亦无法再联络到之前向他们推销的骗徒。", u, "HK news sentence, simplified-script edition (hard negative)", g)
POLICE_B = "police/regulator anti-fraud notice (hard negative)"
u = "http://xinhuanet.com.cn/politics/20260316/037a91d28ad2496ca5d9c5ffe40ec195/c.html"
B("当前,一些不法分子冒充正规金融机构发送虚假“贷款催收”短信,侵害金融消费者的财产安全。", u, "news report of a regulator's warning (hard negative)")
B("陷阱一:假冒网站骗盗刷。不法分子诱导消费者点击短信链接,登录高仿网站“还款”,窃取银行卡号、密码及验证码。", u, "news report of a regulator's warning (hard negative)")
u = "https://big5.cri.cn/gate/big5/cq.cri.cn/n/20230524/5e419a82-cf2f-b0fc-522c-15edba1278ef.html"
B("原來,當天下午市民李女士接到一通陌生電話,對方自稱是“微粒貸借錢”的客服人員,並稱李女士之前使用“微粒貸借錢”業務後沒有關停,現在需要立即關閉該功能,否則將影響徵信。", u, "mainland police news in the site's Traditional-script gateway edition (fake 'customer service' fraud, not collection; hard negative)")
B("渝北警方提醒:凡是接到自稱是“官方客服人員”的電話,務必要提高警惕,涉及到要求用戶“清算虛擬資金”“關停金融平臺”並進行資金驗證的都是詐騙。", u, "mainland police reminder, Traditional-script gateway edition (hard negative)")
u = "https://ga.sx.gov.cn/art/2023/6/28/art_1229599240_58940838.html"
B("“您的某APP白条账户需注销,否则将影响征信”、“您某银行卡信息需更新,否则会被冻结”、“您的贷款利率过高,我可以帮忙降低利率”…………此类话术你听到过吗?没错,这就是注销贷款类诈骗的典型话术!", u, POLICE_B + "; quotes 'cancel your loan account' fraud lines, which are not debt collection")
B("近期,我市发生多起注销贷款类案件。该类案件通常是诈骗分子冒充“某APP客服”、“银监会工作人员”等,以“需注销白条/金条贷款账户”、“影响征信”、“降低贷款利率”等为由诱导受害人转款,让受害人根据他们的指引,一步步掉进精心设计的陷阱!", u, POLICE_B)
u = "https://zxb.ccn.com.cn/html/zxb/20200728/105252.html"
B("为此,公安部门提醒:个人征信由中国人民银行征信中心统一管理,无论是银行、公司还是个人都无权删除和修改。", u, "consumer newspaper report of a police warning (hard negative)")
u = "http://hlj.sina.com.cn/news/s/2020-06-01/detail-iirczymk4569120.shtml"
B("哈尔滨警方提醒:只要按时还款,即不会影响个人征信。且个人征信无法人为修改,凡声称能注销贷款账户、清空贷款额度、消除不良贷款记录的一律都是诈骗。", u, POLICE_B + " (news report)")
u = "https://www.yncaw.gov.cn/html/2022/kaizhanquanminfanzha_1122/99171.html"
B("虚假征信类诈骗是指骗子冒充各种平台客服人员,用专业术语如“影响个人征信”“注销贷款”“消除贷款记录”等进行诱骗,让受害人从自身账户或各贷款平台贷款后转账到骗子指定的银行账户。", u, POLICE_B)
u = "http://guangzhou.baogaosu.com/xinwen/%E8%AF%88%E9%AA%97%E6%89%8B%E6%AE%B5%E5%8D%87%E7%BA%A7%E7%BA%BF%E4%B8%8A%E6%81%90%E5%90%93%E7%94%B5%E8%AF%9D%E7%BA%BF%E4%B8%8B%E5%8D%8F/69147575"
B("广州警方在此再一次紧急呼吁,公安机关和其他政法机关没有开设所谓的“国家安全账户”,公检法工作人员绝不会电话通知你涉嫌犯罪,绝不会电话要求和指挥你转账到所谓“安全账户”“以证清白”,绝不会派出所谓“协勤人员”上门协助办案并转走你个人账户资产。", u, POLICE_B + " (news repost)")
u = "https://tmsfy.hbfy.gov.cn/DocManage/ViewDoc?docId=995dcd80-e22b-4fb8-bb9c-5e52cb71fdef"
B("喂,请问是秦某吗?你诉天门某新能源公司提供劳务者受害责任纠纷一案,天门法院已受理,现通过全国法院统一送达平台,将受理通知书、举证通知书、开庭传票以短信方式发送至你的手机,请注意查收。", u, "a court's genuine e-service call to a party, quoted in the court's own news (legit court notice; hard negative)")
B("“全国法院统一送达平台”是最高人民法院主导建设,聚焦于人民法院解决在送达工作中“找人难、送达难、回执难、成本高”等难题,打破了传统单一的送达模式,与现代信息技术接轨,为人民群众提供优质、高效、快捷、精准的诉讼服务。", u, "court news sentence about e-service (hard negative)")
u = "https://cardu.com.tw/news/detail.php?ns_pk=375&nt_pk=22"
B("當銀行的奪命連環call無效之後,銀行端的催收就會開始進入法律流程了,首先欠款人會接到一堆由銀行端寄出來的繳款通知提醒,這段時間若是已繳部份款項,銀行便不會進行法務程序;若對繳款通知視而不見,緊接著便會接到一堆的存証信函!", u, "TW credit-card portal article on bank collection (hard negative)")
B("由於這是民事官司,最後大部份的判決都會以強制扣薪來解決,只不過這整個法律程序曠日費時,欠款人又必須出庭,所以建議所有的欠款人,非到萬不得已不要走上法務這條路。", u, "TW credit-card portal article on bank collection (hard negative)")
u = "https://tw.news.yahoo.com/%E5%BE%9E%E5%82%B5%E5%8B%99%E6%B5%81%E6%B2%99%E4%B8%AD%E7%88%AC%E8%B5%B72-%E4%BB%96%E6%9C%AC%E6%89%93%E7%AE%97%E9%A4%8A%E5%B0%8F%E5%AD%A9%E5%88%B0%E5%A4%A7%E5%AD%B8%E7%95%A2%E6%A5%AD-60%E6%AD%B2%E5%B0%B1%E5%8E%BB%E8%87%AA%E6%88%91%E4%BA%86%E6%96%B7-212858507.html"
B("銀行不斷催債，楊錦華壓力大，開始高血壓、肩頸僵硬，且總是失眠到半夜2點才能入睡。", u, "TW feature on a former card debtor (hard negative)")
B("與銀行協商後，他努力還債，每月固定還2萬多元，「可是我月薪才3萬元，所以每個月都要跟朋友借錢還債，硬撐繳了14期，就繳不出來。」", u, "TW feature on a former card debtor, his own words (hard negative)")
u = "http://v3-lb.mirrormedia.mg/story/20251121pol002"
B("這是「卡債受害人自救會」固定每月舉辦的「債務說明會」,總會有數十位民眾前來參加,求助者多半是積欠卡債或融資公司貸款,但也有像今日這名女生的特殊狀況者,他們一律協助。", u, "TW magazine feature on a debtors' self-help group (hard negative)")
u = "https://vocus.cc/article/6964bc39fd89780001318a91"
B("「不處理的話,訊息與催繳會一直跑出來,等到最後被停話或拆機,那個門號才真的沒了。」", u, "TW blog: a telecom shop clerk on unpaid-bill reminders of a deceased relative's line (hard negative)")
B("我先幫他判斷可能性,說最近不少人遇到 詐騙簡訊/電話,會用欠費、催款的名義騙你付錢或點連結。", u, "TW blog sentence about fake arrears SMS (hard negative; spacing as in the source)")
u = "https://etnet.com.hk/www/tc/lifestyle/wealth/scamexposure/85151"
B("[2023年第二期消費券計劃](參考編號)你已被揀選就有關在港居住的要求作進一步審查。請在3個工作天內致電2241 9400聯絡消費券計劃秘書處。查詢:185000", u, "HK government's genuine consumption-voucher check SMS with a 3-day reply deadline, quoted in a finance site's scam column (genuine notice; hard negative)")
u = "https://www.hkcna.hk/docDetail.jsp?channel=4372&id=100404388"
B("莊國民在一個電台節目表示,消費券計劃秘書處只會用特定電話號碼致電市民,這些號碼已在網站列出,來電不會用電話錄音,短訊不會有任何連結,亦不會直接要求市民提供資料。", u, "HK news on telling genuine government SMS from fakes (hard negative)")
u = "https://www.etnet.com.hk/www/tc/lifestyle/380746/%E9%A8%99%E5%BE%92%E5%81%BD%E5%86%92%E5%8C%AF%E8%B1%90%E3%80%81%E4%B8%AD%E9%8A%80%E7%99%BC%E9%87%A3%E9%AD%9A%E7%9F%AD%E8%A8%8A%EF%BC%9A%E8%A8%9B%E7%A8%B1%E6%9C%83%E5%93%A1%E6%9C%8D%E5%8B%99%E5%B7%B2%E7%BA%8C%E7%B4%84%E4%B8%A6%E6%89%A3%E9%8C%A2%20%E5%BC%95%E5%B0%8E%E5%AE%A2%E6%88%B6%E8%87%B4%E9%9B%BB%E5%81%87%E5%AE%A2%E6%9C%8D%E7%86%B1%E7%B7%9A?section=wealth&category=scamexposure"
B("匯豐提醒客戶，不應致電或分享輸入敏感個人資料。", u, "HK bank anti-phishing notice reported by a finance site (hard negative)")
B("中銀香港現已加入「短訊發送人登記制」，並使用以「#」號開頭的「已登記的短訊發送人名稱」發出短訊予於本行登記的流動電話號碼，該等名稱包括：#BOCHK、#BOCHK_TXN 及#BOCHK_CC。", u, "HK bank anti-phishing notice reported by a finance site (hard negative)")
u = "https://www.lbk.com.tw/blog/detail?bid=354"
B("收到催收電話或簡訊的當下,腦中第一個念頭往往不是利率是多少,而是「借錢會被列入黑名單嗎?」這句話到底會不會成真,尤其當簡訊裡夾帶「聯徵註記」「法院強制執行」「公告信用瑕疵」等字眼,更容易讓人以為一不小心就會被「打入金融地獄」,從此辦不到信用卡、房貸、車貸。", u, "TW loan-portal blog sentence about collection SMS wording (hard negative)")
u = "https://www.lbk.com.tw/blog/detail?bid=997"
B("先確認人身安全,如果對方有跟蹤、堵人、威脅上門,優先聯繫警方或可信任家人,不要逞強單獨面對。", u, "TW loan-portal blog advice to a loan-shark victim (hard negative; a list item)")
u = "https://udn.com/news/story/7320/8988227"
B("屏東縣潮州鎮蔡姓男子向鄒姓男子等人借250萬元，4日深夜雙方相約談判，鄒男等人毆打蔡男後，又以刀挾持並逼簽下1000萬元本票。", u, TW_B)
B("潮州分局呼籲，民眾如有債務糾紛，應循合法途徑解決，切勿心存僥倖以身試法。", u, TW_B)
u = "https://news.tvbs.com.tw/life/366398"
B("潑黑油漆、寫恐嚇信,討債公司的手法千奇百怪,目的只有一個,就是讓欠債的人拿出錢來。", u, TW_B)
u = "https://loannow.tw/car-loan-late"
B("一個月以上:銀行可能進入催收程序;融資公司則常見直接派人拖車,甚至保管後公告拍賣。", u, "TW car-loan advice page (list item, marker removed; hard negative)")
u = "https://loanok.com.tw/%e3%80%90%e8%bb%8a%e8%b2%b8%e9%81%b2%e7%b9%b3%e6%9c%83%e4%bf%a1%e7%94%a8%e4%b8%8d%e8%89%af%e5%97%8e%ef%bc%9f%e3%80%91%e5%a4%9a%e4%b9%85%e6%b2%92%e7%b9%b3%e6%9c%83%e8%a2%ab%e6%8b%96%e8%bb%8a%ef%bc%9f"
B("連續超過一個月以上未繳款且未處理,銀行或是融資公司就很大機率會進行拖車喔!", u, "TW car-loan advice page (hard negative)")
u = "https://taozhai.320500.cn/?p=9877"
B("电话内容常伴随威胁性语言,如“不还款就上门”“走法律程序”等,甚至辱骂债务人,制造心理恐慌。", u, SEO_B + " (quotes threat wording while describing it)")
u = "https://zhenggang.org/suzhoutaozhai/?p=36193"
B("信函催收则更具形式威慑力。专业公司会制作带有律师事务所标识的《商账催收函》,通过法律术语强化威慑效果。", u, SEO_B)
u = "http://www.reg8.cn/81180.html"
B("对此,美团外卖官方回应称,上门要账的说法纯属造谣,平台不会采取上门讨债的方式催收欠款。", u, SEO_B)
u = "https://anju.szhome.com/info/guangda/6217048.html"
B("逾期短信通常会包含借款人的借款信息、逾期天数、逾期罚息计算方式等内容,以便借款人清楚了解自己的还款情况。", u, SEO_B)
u = "http://cnjiayu.com.cn/ye/xyqan/2126374826.html"
B("那些说\"已经到你小区了\"的短信,99%都是吓唬你的,我甚至收到过自称\"美团法务部\"的电话,一听就是AI智能客服连我的欠款金额都说错了,现在这类技术流诈骗太常见了,大家别上当。", u, SEO_B + " (first-person)")
u = "https://m.sqrb.com.cn/lvbaiye/yqyh/1205326.html"
C("尊敬的使用者,您好!您在我司申请的借款现已逾期,请立即归还欠款。", ["urgency"], u, SEO + "; first line of a template the page dissects (machine-reworded wording as published)")
C("如未能按期还款,我司将采纳进一步措施,包含但不限于向法院提起诉讼。", ["legal_threat"], u, SEO + "; second line of the same template (wording as published)")
C("请务必于XX日内应对完毕,否则影响自负", ["urgency"], u, SEO + "; third line of the same template, cut where the excerpt ends")
B("(1)短信来源辨识:许多客户反映,他们接到了以“1068”开头的短信,声称自身已被省呗起诉并请求准备应诉材料。", u, SEO_B + " (reported speech; text as in source)")
u = "https://www.271shop.com/news/444344.html"
C("短信通知:尊敬的客户,您存在恶意拖欠款项的行为,请尽快处理。诚信是重要原则,多次拖欠会影响您的信用记录。请务必重视,及时还清欠款,避免进一步影响。", ["credit_threat", "urgency"], u, SEO + "; the page's summary line, label prefix kept")
u = "http://legalweekly.cn/article_show.jsp?f_article_id=17097"
B("“喷漆、骚扰家属、跟踪、恐吓、蹲守……这就是你们采取的非法催债手段。”日前,福建省厦门市首起将“软暴力”讨债行为认定为寻衅滋事的庭审现场,审判长特意强调了一份证据,并当庭复述部分内容。", u, "legal newspaper report of a judge's words at a collection trial (hard negative)")
B("由于“软暴力犯罪”行为实施手段十分隐蔽,受害人存在多重困扰:一是受害人自身往往难以取证,更难以申诉和举报,申诉和举报难以被置信;二是受害人之外的第三者难以察觉,容易认为受害人过于敏感,申诉不实,甚至怀疑受害人精神方面有问题", u, "legal newspaper pull quote (hard negative)")
u = "http://drxsfd.com/xf/houtai/xx_anli_sj.asp?bh=3875"
B("在此期间,被害人王某某为了还债,外出将自己家的羊变卖,向朋友借钱凑足还款数额及支付给要账人的工资共计68300元(包含要账人员的辛苦费)支付给陈某。", u, "mainland court case summary (hard negative)")
u = "https://law6888.com/laws/22029.html"
B("第五,友好和专业的语气。在短信通知中,债权人应保持友好和专业的语气,避免使用过于威胁或侮辱性的言辞。这样可以维护良好的沟通关系,并促使借款人积极应对逾期问题。", u, SEO_B)
u = "http://guanxian.org/consult/yqfenqi/685325.html"
B("律师函是律师接受客户委托,就相关事实或法律难题实行披露评价。客户在宽限期内筹集资金,成功偿还欠款,律师函的目的也就达到了。", u, SEO_B + " (machine-reworded wording as published)")
u = "http://www.tsxnews.com.cn/2024falv/yqzhishi/597689.html"
B("真正的法律诉讼通知往往由法院或相关司法机关发送,而不会仅通过短信这一单一渠道实行通知。", u, SEO_B + " (a list item; its number and label removed)")
u = "https://github.com/dropod/issues/issues/14285"
B("催收员的全称是“资产管理专员”，作为银行等金融机构的重要职位，负责催缴那些逾期的债务。", u, "feature article on bank card collectors, mirrored in a GitHub issue (hard negative)")
u = "https://www.qq959.com/news/854288.html"
B("如果你收到一条短信声称你逾期了,但你确定自己没有欠款或逾期的情况,这可能是一起误报或者诈骗行为。以下是应对这种情况的建议。", u, SEO_B)
u = "http://jiangxilaw.com/lawbk/11862.html"
B("如果您收到了贷款逾期的短信,但您确信自己并没有借款,那么这种情况下的短信很可能是误发的或者是诈骗信息。在这种情况下,您应该保持警惕,不要轻信并回复短信,更不要点击短信中的任何链接。", u, SEO_B)
u = "https://www.stheadline.com/zh-hans/voice-topics/3538134/%E6%98%9F%E5%B2%9B%E7%94%B3%E8%AF%89%E7%8E%8B-%E5%88%9D%E8%A7%81%E9%9D%A2%E5%8D%B3%E7%8C%AE%E5%90%BB%E7%81%AB%E9%80%9F%E5%90%8C%E5%B1%85-%E5%A4%B1%E5%A9%9A%E7%94%B7%E5%A0%95%E7%88%B1%E6%83%85%E9%99%B7%E9%98%B1%E8%A2%AB%E5%8B%92%E7%B4%A2900%E4%B8%87"
B("哄又哄过，警也报过，Marco都是解决不了，最后覃女开出条件，「她叫我给她10万元，我心想是不是真的就此了事？于是付了款给她。」", u, "HK newspaper complaint column, simplified-script edition (money dispute, not collection; hard negative)")

g = "芙洛麗 banner case (SCDM 108 易 926, TPHM 109 上易 1335)"
u = "https://law-next.pages.dev/j/U0NETSwxMDgs5piTLDkyNiwyMDIwMDYwMiwx.html"
C("芙洛麗飯店積欠廠商工程款不付款項,欠錢還錢!", ["reputation"], u, "TW: red banner hung outside a hotel by a hired collector of a contractor's claim, quoted in a court ruling (defamation acquittal; the banner names a business)", g)
B("因認被告先後3 次涉犯刑法第310 條第2 項之加重誹謗罪嫌等語。", u, JUDG_TW + "; spaces as in the source", g)
u = "https://law-next.pages.dev/j/VFBITSwxMDks5LiK5piTLDEzMzUsMjAyMDEwMjgsMQ.html"
B("案經芙洛麗精品飯店股份有限公司委由林建村及李晉安律師提出告訴,認被告涉犯刑法第310條第2項之加重誹謗罪嫌。", u, JUDG_TW, g)
u = "https://lawseye.com/article/TPHV,105,上易,1323,20170509,1"
C("你太太(即伊)到我家大概也知道,這不是講恐嚇人,先跟你講道理,真的不行的話,後面的人再來處理,今天要怎樣人總是要生存", ["third_party_contact", "abuse"], u, "TW: a rotating-credit-club member, calling himself a moneylender, to the debtor's husband at their home, as a civil ruling quotes him; the court's gloss '(即伊)' is kept")
B("詎系爭合會進行期間,部分會員未按期繳納會款,雖經伊勉力支撐數期運作,仍因無法續行而倒會。", u, JUDG_TW)
u = "https://lawplayer.com/judgment/TPHV,108,上易,1228,20200415,1"
B("附帶被上訴人不得再以言詞、書面、電話、傳真、電子郵件等方式,向第三人指摘或傳述不實在之附帶上訴人恐嚇同業、暴力討債等涉及附帶上訴人名譽之情事。", u, JUDG_TW + " (civil judgment)")
u = "https://fastlaw.tw/answers/37RM88oisKarxJ4btrNnboXDlII"
B("我向民間小額借款12萬,對方要求需要再多寫100萬的本票,並承諾如歸還15萬,那本票將撕毀,然而在我全數歸還15萬之後對方卻不守信用不撕毀本票,而是繼續拿100萬的本票恐嚇取財,請問會有法律效應嗎", u, "TW legal Q&A: a borrower's own question (hard negative)")
u = "https://easy-law.net/blog/criminal/assault/business-credit-protection-4"
B("這條法規就是我們俗稱的『妨害信用罪』。", u, TW_B)
u = "https://hugolawyer.wordpress.com/tag/%E5%BE%8B%E5%B8%AB%E5%87%BD/"
B("律師很常被問的像是:他說如果不還錢(履約、搬遷、付款….),就要告我,是否會構成恐嚇?", u, "TW lawyer's blog sentence (hard negative)")

u = "https://taizhou.19lou.com/cnr/biua/yqyongka/2293082.html"
C("尊敬的借款人,您有一笔逾期贷款未归还。为尽快应对逾期疑惑,我司将派专员于XX月XX日上门。请您做好配合以免产生更多罚息。", ["home_visit"], u, SEO + "; machine-reworded wording as published")
B("您有一笔贷款已逾期逾期金额为XXX元,逾期天数为XX天。请您在XX月XX日前还款,以免产生更多罚息。如有疑问,请联系微粒贷客服。", u, "plain overdue notice quoted on an SEO page (amount, days, due date, fees; benign by the corpus convention)")
u = "https://www.271shop.com/news/627346.html"
C("【催款通知】尊敬的XXX先生/女士,我们为XXX公司,您曾向我们借款尚未归还。请您尽快处理款项,以免影响信用记录。如您对此有疑问,请回复或致电XXX-XXXX-XXXX与我们联系。感谢您的理解与配合。", ["credit_threat"], u, SEO + "; the page's summary line")
u = "https://anju.szhome.com/info/jiaotong/7456361.html"
B("借呗逾期短信通知是借呗针对逾期用户采取的一种催收方式。通过短信通知,借呗可以提醒用户尽快还款,避免逾期利息的累积,并且可以让用户了解到借款详情和逾期的后果。", u, SEO_B)
u = "https://anju.szhome.com/info/zhongguo/7061765.html"
B("微粒贷逾期短信中提到派人上门催收可能会让借款人产生一些担忧。因此,了解逾期还款的后果和影响对于借款人非常重要。", u, SEO_B)
u = "https://anju.szhome.com/info/guangda/6574106.html"
B("逾期发上门的短信是微粒贷催收流程中的一环,它起到了提醒借款人还款的作用。然而,这并不意味着微粒贷会立即采取上门催收的行动。", u, SEO_B)
u = "http://fryarmg.com/post/4785.html"
B("对于首次逾期的小额贷款,我们会给借款人发送提醒短信或电话,告知其借款已逾期,要求尽快还款,这时候,借款人一般都会及时还款,因为逾期还款会产生罚息,增加还款压力。", u, "loan-site page written in a lender's voice (hard negative)")
u = "http://chinaemail.com.cn/news/zixun/2214029.html"
B("近期,一位持卡人逾期平安信用卡6000元收到了一条来自私人号码的短信警告,称其信用卡逾期一年已经进入立案程序,若不及时还款,将面临起诉风险。", u, SEO_B + " (reported speech)")
u = "https://onlinecha.com/articles/MTI0d29t.html"
B("因此,特請貴公司能夠在近期內及時向我公司支付上述款項,如貴司仍不能按期支付,我司將按有關規定(或約定)向貴司追索欠款利息,甚至採取相關法律措施,屆時,貴公司可能要承擔訴訟而帶來的更大損失。", u, "business payment-demand letter template between companies (genuine dunning letter with lawful legal-action wording; hard negative, as earlier batches label such templates)")
u = "http://guanxian.org/consult/yqdongtai/653225.html"
B("我公司已多次通过电话等方法与贵司沟通此事遗憾的是,均未得到积极回应。为此我公司现正式发出此函,期待贵司能在收到本函后的________日内给予明确答复并安排付款事宜。", u, "business payment-demand letter template between companies (genuine dunning letter; hard negative; wording as published)")
u = "http://glnlw.com/duanwujieduanxin/pwps1cml6z.html"
B("第三,家裏討債是真的嗎?對於大部分平臺來說,催債基本都是通過發布信息或者電話聯系的方式提醒債務人及時還款。上門討債的很少,但也不能完全斷定是假的。", u, SEO_B + " (Traditional-script mirror of mainland text)")
u = "https://129a.com/flrd/41744.html"
B("作为朋友,如果你接到了这样的电话,你可以向对方表明你是借款人的朋友,但不了解详细情况,并建议对方直接联系借款人。同时,如果接到的电话含有威胁或恐吓内容,应当保留证据,并及时报警。", u, SEO_B)
u = "https://anju.szhome.com/info/nongye/7925692.html"
B("在甜橙借款逾期的情况下,平台通常会通过 、短信、邮件等方式提醒用户尽快还款。", u, SEO_B + " (a word is missing in the source)")
