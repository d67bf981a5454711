package dev.xiaoer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.server.WebHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * The pages end to end in a real browser (Debian's headless Chromium): a seller asks in the web chat
 * and asks for a person, the console's queue shows it within 2 s, staff use a suggestion, edit it and
 * send it, the seller's page shows it live; seller text never runs as markup; an editor breaks a
 * knowledge file, sees its file:line, fixes it and sees the new answer. axe-core checks each page,
 * and each page is photographed at desktop and phone width (docs/screenshots).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesBrowserTest {
    WebHarness web;
    Browser browser;
    String chatTab;
    String consoleTab;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        Browser.assumeInstalled();
        web = new WebHarness(dir);
        browser = new Browser();
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (web != null) {
            web.close();
        }
    }

    private void say(String text) {
        WebElement input = browser.find("#text");
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    private String lastBot() {
        List<WebElement> bots = browser.all(".bubble.bot .text");
        return bots.isEmpty() ? "" : bots.get(bots.size() - 1).getText();
    }

    private void signIn(String token) {
        browser.find("#token").sendKeys(token);
        browser.find("#login-form button[type=submit]").click();
    }

    @Test
    @Order(1)
    void aSellerAsksForAPersonAndStaffAnswerWithAnEditedSuggestion() throws Exception {
        browser.driver.get(web.base() + "/console");
        consoleTab = browser.driver.getWindowHandle();
        signIn(WebHarness.STAFF);
        browser.find("#queue-title");

        browser.driver.switchTo().newWindow(WindowType.TAB);
        chatTab = browser.driver.getWindowHandle();
        browser.driver.get(web.base() + "/chat");
        browser.find(".bubble.bot"); // the greeting
        say("保證金怎麼退");
        browser.until(d -> lastBot().contains("保證金退回") ? true : null); // Traditional in, Traditional out
        assertFalse(browser.all(".choice").isEmpty(), "quick replies as buttons");
        assertTrue(browser.all(".choice").stream().anyMatch(b -> b.getText().equals("都關好了")));
        WebElement link = browser.find(".bubble.bot a[href^='https://work.1688.com']");
        assertEquals("_blank", link.getAttribute("target"), "links in replies are clickable");
        browser.click(".choice"); // a quick reply is sent as the seller's message
        browser.until(d -> browser.all(".bubble.seller").size() == 2 ? true : null);
        browser.accessible("/chat");
        browser.screenshots("chat");

        say("运单号填错了，帮我转人工");
        browser.until(d -> lastBot().contains("人工") ? true : null);
        long handedOff = System.nanoTime();
        String cid = (String) browser.js("return localStorage.getItem('xiaoer.chat.conversationId')");
        assertTrue(cid.startsWith("web-"), cid);

        browser.driver.switchTo().window(consoleTab);
        browser.until(Duration.ofSeconds(2), d -> browser.all("#queue li[data-id='" + cid + "']").isEmpty() ? null : true);
        assertTrue(System.nanoTime() - handedOff < Duration.ofSeconds(2).toNanos() + 500_000_000L);
        String item = browser.until(d -> browser.find("#queue li[data-id='" + cid + "']").getText()); // redrawn each second
        assertTrue(item.contains("seller asked for a person"), item);
        assertTrue(item.contains("waiting"), item);

        browser.find("body").sendKeys("j"); // the first in the queue (the only one)
        browser.until(d -> browser.find("#conversation-title").getText().equals(cid) ? true : null);
        browser.until(d -> browser.all("#transcript .line.seller").size() == 3 ? true : null);
        assertTrue(browser.find("#transcript").getText().matches("(?s).*flow · \\d+% · deposit\\.refund.*"),
                "bot lines with their kind, confidence and entry");
        browser.until(d -> browser.all("#suggestions .suggestion").size() == 3 ? true : null);
        assertFalse(browser.all("#suggestions mark").isEmpty(), "the matched words highlighted");
        assertTrue(browser.find("#suggestions .suggestion").getText().contains("运单号"));

        browser.click("#suggestions .suggestion .use");
        WebElement reply = browser.find("#reply");
        String suggestion = reply.getAttribute("value");
        assertFalse(suggestion.isBlank(), "the suggestion is in the reply box");
        reply.sendKeys(Keys.END, "（客服小王）");
        browser.accessible("/console");
        browser.screenshots("console");
        reply.sendKeys(Keys.ENTER);
        String sent = suggestion + "（客服小王）";
        browser.until(d -> browser.all("#transcript .line.staff").stream().anyMatch(l -> l.getText().contains("（客服小王）"))
                ? true : null);
        assertEquals("", browser.find("#reply").getAttribute("value"));

        browser.driver.switchTo().window(chatTab);
        WebElement staff = browser.until(d -> browser.all(".bubble.staff .text").stream()
                .filter(b -> b.getText().equals(sent.strip())).findFirst().orElse(null));
        assertTrue(staff.isDisplayed());

        say("好的谢谢"); // a person holds it: the bot stays silent
        browser.until(d -> browser.all(".bubble.seller").size() == 4 ? true : null);
        Thread.sleep(300);
        assertTrue(lastBot().contains("人工"), "no bot reply while a person holds the conversation: " + lastBot());

        browser.driver.navigate().refresh(); // the conversation is kept across reloads
        browser.until(d -> browser.all(".bubble.staff").size() == 1 && browser.all(".bubble.seller").size() == 4
                ? true : null);
        assertEquals(List.of(), browser.consoleErrors().stream().filter(e -> !e.contains("favicon")).toList());
    }

    @Test
    @Order(2)
    void sellerTextNeverRunsInTheChatOrTheConsole() throws Exception {
        browser.driver.switchTo().window(chatTab);
        String img = "<img src=x onerror=alert(1)>";
        String script = "<script>window.__xss=1</script><b onmouseover=alert(2)>x</b>";
        say(img);
        browser.until(d -> browser.all(".bubble.seller .text").stream().anyMatch(b -> b.getText().equals(img)) ? true : null);
        say(script);
        browser.until(d -> browser.all(".bubble.seller .text").stream().anyMatch(b -> b.getText().equals(script)) ? true : null);
        Thread.sleep(300);
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert());
        assertEquals(0L, browser.js("return document.querySelectorAll('#log img, #log script, #log b').length"));
        assertNull(browser.js("return window.__xss === undefined ? null : window.__xss"));

        String cid = (String) browser.js("return localStorage.getItem('xiaoer.chat.conversationId')");
        browser.driver.switchTo().window(consoleTab);
        browser.click("#queue li[data-id='" + cid + "'] button"); // the queue redraws every second
        browser.until(d -> browser.find("#transcript").getText().contains(script) ? true : null);
        assertTrue(browser.find("#transcript").getText().contains(img));
        browser.until(d -> browser.find("#queue li[data-id='" + cid + "'] .last").getAttribute("textContent")
                .equals(script) ? true : null); // the queue shows the last message, as text
        Thread.sleep(300);
        assertThrows(NoAlertPresentException.class, () -> browser.driver.switchTo().alert());
        assertEquals(0L, browser.js("return document.querySelectorAll('#transcript img, #transcript script, "
                + "#transcript b, #queue img, #queue b, #suggestions img').length"));
        assertNull(browser.js("return window.__xss === undefined ? null : window.__xss"));

        browser.find("#hand-back").click(); // back to the bot: it leaves the queue, the bot answers again
        browser.until(d -> browser.all("#queue li[data-id='" + cid + "']").isEmpty() ? true : null);
        browser.driver.switchTo().window(chatTab);
        say("保证金怎么退");
        browser.until(d -> lastBot().contains("保证金退回") ? true : null);
        browser.driver.switchTo().window(consoleTab); // the console shows the active flow and step
        browser.until(d -> browser.find("#conversation-state").getText()
                .equals("with the bot · flow deposit-refund · step close-services") ? true : null);
        browser.find("body").sendKeys(Keys.ESCAPE);
        browser.until(d -> browser.find("#queue-title").isDisplayed() && !browser.find("#queue-title").getText().isEmpty()
                && browser.all("#conversation:not([hidden])").isEmpty() ? true : null);
    }

    @Test
    @Order(3)
    void anEditorBreaksAFileSeesWhereAndFixesIt() throws Exception {
        browser.driver.switchTo().window(consoleTab);
        browser.driver.get(web.base() + "/console/knowledge");
        signIn(WebHarness.ADMIN);
        browser.find("#try-text").sendKeys("售后进度在哪里看", Keys.ENTER);
        browser.until(d -> browser.find("#try-result").getText().contains("aftersales.progress") ? true : null);
        assertTrue(browser.find("#try-result").getText().contains("Candidates"));
        assertFalse(browser.all("#try-result mark").isEmpty(), "the runner-ups' matched words");
        browser.until(d -> browser.all("#entries tr").size() > 10 ? true : null);
        browser.until(d -> browser.find("#eval").getText().contains("top-1") ? true : null);

        Path file = web.knowledge.resolve("faq/aftersales.yaml");
        String original = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, original + "\n- id: aftersales.broken\n  question: [不完整\n", StandardCharsets.UTF_8);
        WebElement problem = browser.until(d -> browser.all("#problems .problem").stream().findFirst().orElse(null));
        assertTrue(problem.getText().matches("(?s)faq/aftersales\\.yaml:\\d+ YAML syntax.*"), problem.getText());
        assertTrue(browser.find("#status").getText().contains("invalid"));
        browser.accessible("/console/knowledge");
        browser.screenshots("knowledge");

        String newAnswer = "新入口：工作台首页→售后管理";
        String fixed = original.replace("您可以进入[卖家中心]—[售后管理]查看售后订单情况。", newAnswer);
        assertFalse(fixed.equals(original), "the answer to change is in the file");
        Files.writeString(file, fixed, StandardCharsets.UTF_8);
        browser.until(d -> browser.all("#problems .problem").isEmpty() ? true : null);
        WebElement ask = browser.find("#try-text");
        ask.clear();
        ask.sendKeys("售后进度在哪里看", Keys.ENTER);
        browser.until(d -> browser.find("#try-result .reply-text").getText().contains(newAnswer) ? true : null);
        assertEquals(List.of(), browser.consoleErrors().stream().filter(e -> !e.contains("favicon")).toList());
    }

    @Test
    @Order(4)
    void aSignInLastsAsLongAsTheTabAndARefusedTokenSignsOut() {
        browser.driver.switchTo().window(consoleTab); // on the editors' page, signed in as admin
        browser.driver.navigate().refresh(); // the token is kept in the tab: no sign-in again
        browser.until(d -> browser.find("#status").getText().startsWith("Serving version") ? true : null);
        assertTrue(browser.all("#login").get(0).getAttribute("hidden") != null);

        browser.click("#sign-out");
        browser.find("#token");
        assertTrue(browser.all("#app").get(0).getAttribute("hidden") != null);
        assertNull(browser.js("return sessionStorage.getItem('xiaoer.adminToken')"));

        signIn("not-the-token"); // the server refuses it: signed out again, and told why
        browser.until(d -> browser.find("#login-error").getText().startsWith("Sign-in refused") ? true : null);
        assertTrue(browser.all("#app").get(0).getAttribute("hidden") != null);
        assertNull(browser.js("return sessionStorage.getItem('xiaoer.adminToken')"));

        browser.driver.get(web.base() + "/console"); // the staff console: still signed in since the first test
        browser.until(d -> browser.find("#queue-count").getText().startsWith("(") ? true : null);
        browser.click("#sign-out");
        browser.find("#token");
        assertEquals("token", browser.js("return document.activeElement.id"), "the token field has the focus");
        assertNull(browser.js("return sessionStorage.getItem('xiaoer.staffToken')"));
    }
}
