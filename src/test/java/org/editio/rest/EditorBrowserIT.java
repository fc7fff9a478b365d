package org.editio.rest;

import static io.restassured.RestAssured.given;
import static org.editio.testing.Fixtures.EDITION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.editio.testing.Browser;
import org.editio.testing.Fixtures;
import org.editio.testing.RealServers;
import org.editio.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser editor in real headless Chromium: editors sign in on Keycloak's own page, mark a
 * correction that another editor sees live, a reviewer accepts it and publishes, anonymous readers see
 * the published change; a conflict keeps the user's input. Screenshots of each step in target/screenshots.
 */
@QuarkusTest
@WithTestResource(RealServers.class)
class EditorBrowserIT {

    @TestHTTPResource("/editor")
    String editor;

    @TestHTTPResource("/api/editions/trotsky-stalin/html")
    String publishedPage;

    final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    ChromeDriver signIn(String user, String name) {
        ChromeDriver browser = Browser.start();
        browsers.add(browser);
        browser.get(editor);
        wait(browser).until(ExpectedConditions.elementToBeClickable(By.id("login"))).click();
        try {
            // A fresh Keycloak renders its first login page slowly.
            new WebDriverWait(browser, Duration.ofSeconds(90))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(user);
        } catch (org.openqa.selenium.TimeoutException e) {
            Browser.screenshot(browser, "editor-keycloak-login-failed-" + user);
            throw new AssertionError("No Keycloak login page at " + browser.getCurrentUrl() + ": "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
        browser.findElement(By.id("password")).sendKeys(user);
        Browser.screenshot(browser, "editor-keycloak-login-" + user);
        browser.findElement(By.id("kc-login")).click();
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("whoami"), name));
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reading p[id]")));
        return browser;
    }

    static WebDriverWait wait(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    static void open(ChromeDriver browser, String paragraph) {
        // Live updates redraw the reading view: find the paragraph again if it was redrawn under the click.
        wait(browser).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector("#reading p#" + paragraph)).click();
            return true;
        });
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("editing-id"), paragraph));
        wait(browser).until(d -> !d.findElement(By.id("fragment")).getText().isEmpty());
    }

    /** Selects the first occurrence of the words in the editing panel, as a user dragging over them would. */
    static void select(ChromeDriver browser, String words) {
        ((JavascriptExecutor) browser).executeScript("""
                const words = arguments[0];
                const walker = document.createTreeWalker(document.getElementById('fragment'), NodeFilter.SHOW_TEXT);
                for (let t = walker.nextNode(); t; t = walker.nextNode()) {
                  const at = t.nodeValue.indexOf(words);
                  if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(t, at);
                    range.setEnd(t, at + words.length);
                    getSelection().removeAllRanges();
                    getSelection().addRange(range);
                    return;
                  }
                }
                throw new Error('not found: ' + words);""", words);
    }

    static void markCorrection(ChromeDriver browser, String words, String corrected) {
        select(browser, words);
        WebElement input = browser.findElement(By.id("corrected"));
        input.clear();
        input.sendKeys(corrected);
        select(browser, words);
        browser.findElement(By.cssSelector("[data-op=correction]")).click();
    }

    @Test
    void twoEditorsAReviewerAndAnAnonymousReader() {
        Fixtures.restoreTheRealEdition();
        given().auth().oauth2(Tokens.of("reviewer1")).when().post(EDITION + "/publish").then().statusCode(200);

        ChromeDriver first = signIn("editor1", "Edith Editor");
        ChromeDriver second = signIn("editor2", "Edgar Editor");
        assertTrue(first.findElement(By.id("whoami")).getText().contains("editor"), "the role is shown");
        Browser.screenshot(first, "editor-1-signed-in");

        open(first, "ch12-p3");
        Browser.screenshot(first, "editor-2-paragraph-open");
        markCorrection(first, "thoughtful", "pensive");
        wait(first).until(ExpectedConditions.textToBePresentInElementLocated(By.id("edit-status"), "Saved"));
        Browser.screenshot(first, "editor-3-correction-marked");

        // The other editor sees it without reloading: in the text, and pending in the apparatus.
        wait(second).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#reading p#ch12-p3"), "pensive"));
        wait(second).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#apparatus li.status-pending")));
        assertTrue(second.findElement(By.id("apparatus")).getText().contains("pensive ] thoughtful"));
        Browser.screenshot(second, "editor-4-seen-live-by-the-other-editor");

        ChromeDriver reviewer = signIn("reviewer1", "Ruth Reviewer");
        WebElement item = wait(reviewer).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//ol[@id='queue']/li[contains(., 'ch12-p3') and contains(., 'correction')]")));
        item.findElement(By.cssSelector("button")).click();
        wait(reviewer).until(d -> item.findElements(By.tagName("ins")).size() > 0);
        item.findElement(By.cssSelector("input")).sendKeys("A better word.");
        Browser.screenshot(reviewer, "editor-5-review-queue");
        item.findElement(By.cssSelector("button[data-decision=accept]")).click();
        // The queue is drawn again once the decision is stored.
        wait(reviewer).until(ExpectedConditions.stalenessOf(item));
        reviewer.findElement(By.id("publish")).click();
        wait(reviewer).until(ExpectedConditions.textToBePresentInElementLocated(By.id("banner"), "is published"));
        Browser.screenshot(reviewer, "editor-6-published");

        reviewer.get(publishedPage);
        assertTrue(reviewer.findElement(By.id("ch12-p3")).getText().contains("pensive"), "the published reading changed");
        Browser.screenshot(reviewer, "editor-7-anonymous-published-reading");
        wait(first).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//ol[@id='apparatus']/li[contains(., 'pensive') and contains(@class, 'status-accepted')]")));
    }

    @Test
    void aConflictKeepsTheUsersInputAndTheHandsCanBeToggled() {
        Fixtures.restoreTheRealEdition();
        ChromeDriver first = signIn("editor1", "Edith Editor");
        ChromeDriver second = signIn("editor2", "Edgar Editor");
        open(first, "ch12-p4");
        open(second, "ch12-p4");

        select(first, "laughed");
        first.findElement(By.cssSelector("[data-op=hand-CM]")).click();
        wait(first).until(ExpectedConditions.textToBePresentInElementLocated(By.id("edit-status"), "Saved"));

        markCorrection(second, "replied", "answered");
        wait(second).until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict")));
        assertTrue(second.findElement(By.id("conflict-mine")).getText().contains("answered"), "the user's input is shown");
        assertTrue(second.findElement(By.id("conflict-current")).getText().contains("hand=\"#CM\""), "and the current version");
        Browser.screenshot(second, "editor-8-conflict");
        second.findElement(By.id("conflict-reapply")).click();
        wait(second).until(ExpectedConditions.textToBePresentInElementLocated(By.id("edit-status"), "Saved"));
        String stored = given().auth().oauth2(Tokens.of("reader1")).get(EDITION + "/fragments/ch12-p4").then().extract().asString();
        assertTrue(stored.contains("hand=\"#CM\"") && stored.contains(">answered</corr>"), "both edits are stored: " + stored);
        Browser.screenshot(second, "editor-9-reapplied");

        WebElement editors = first.findElement(By.id("ch12-cm1"));
        assertTrue(editors.isDisplayed());
        first.findElement(By.id("toggle-editor")).click();
        assertEquals("true", first.findElement(By.id("toggle-editor")).getAttribute("aria-pressed"));
        assertFalse(first.findElement(By.id("ch12-cm1")).isDisplayed(), "C.M.'s words are hidden");
        Browser.screenshot(first, "editor-10-trotsky-only");

        new org.openqa.selenium.support.ui.Select(first.findElement(By.id("view"))).selectByValue("diplomatic");
        wait(first).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#reading p#ch12-p2"), "⟨not lose⟩"));
        Browser.screenshot(first, "editor-11-diplomatic");

        // A person the register lacks is added, and a name in the text then points to them.
        first.findElement(By.id("new-person")).sendKeys("Grigory Zinoviev the Younger");
        first.findElement(By.id("add-person")).click();
        wait(first).until(ExpectedConditions.textToBePresentInElementLocated(By.id("edit-status"), "is in the register"));
        assertEquals("grigory-zinoviev-the-younger",
                ((JavascriptExecutor) first).executeScript("return document.getElementById('person').value"));
        open(first, "ch12-p5");
        select(first, "bloc");
        first.findElement(By.cssSelector("[data-op=person]")).click();
        wait(first).until(ExpectedConditions.textToBePresentInElementLocated(By.id("edit-status"), "Saved"));
        Browser.screenshot(first, "editor-12-person-added");

        // Keyboard only: a paragraph opens for editing with Enter.
        wait(first).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector("#reading p#ch12-p5")).sendKeys(org.openqa.selenium.Keys.ENTER);
            return true;
        });
        wait(first).until(ExpectedConditions.textToBePresentInElementLocated(By.id("editing-id"), "ch12-p5"));
    }

    @Test
    void workTypedDuringAnOutageIsKeptInTheBrowserAndOfferedAgain() {
        Fixtures.restoreTheRealEdition();
        ChromeDriver browser = signIn("editor1", "Edith Editor");
        open(browser, "ch12-p9");
        org.openqa.selenium.chromium.ChromiumNetworkConditions offline = new org.openqa.selenium.chromium.ChromiumNetworkConditions();
        offline.setOffline(true);
        ((org.openqa.selenium.chromium.HasNetworkConditions) browser).setNetworkConditions(offline);

        markCorrection(browser, "foolhardy", "foolhardy enough");
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("banner"), "kept in this browser"));
        Object kept = ((JavascriptExecutor) browser).executeScript("return localStorage.getItem('editio.unsent')");
        assertTrue(String.valueOf(kept).contains("foolhardy enough"), "the change is kept in the browser: " + kept);
        Browser.screenshot(browser, "editor-13-outage-kept");

        ((org.openqa.selenium.chromium.HasNetworkConditions) browser).deleteNetworkConditions();
        WebElement resend = new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                ExpectedConditions.elementToBeClickable(By.xpath("//div[@id='banner']/button[contains(., 'Send them now')]")));
        resend.click();
        wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("edit-status"), "Saved"));
        assertTrue(given().auth().oauth2(Tokens.of("reader1")).get(EDITION + "/fragments/ch12-p9").then().extract().asString()
                .contains(">foolhardy enough</corr>"), "the kept change reached the server");
        Browser.screenshot(browser, "editor-14-outage-sent");
    }

    @Test
    void anAdminImportsTeiFromTheBrowserAndSeesTheReport() {
        ChromeDriver admin = signIn("admin1", "Ada Admin");
        wait(admin).until(ExpectedConditions.visibilityOfElementLocated(By.id("import")));
        admin.findElement(By.id("import-file")).sendKeys(java.nio.file.Path.of("src/test/resources/foreign/table.xml")
                .toAbsolutePath().toString());
        admin.findElement(By.id("import-id")).sendKeys("browser-import");
        admin.findElement(By.id("import-start")).click();
        wait(admin).until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-status"), "Imported: browser-import"));
        assertTrue(admin.findElement(By.id("import-status")).getText().contains("flagged"));
        assertTrue(admin.findElement(By.id("import-report")).getText().contains("[project]"), "the report is shown");
        Browser.screenshot(admin, "editor-15-import");
        given().auth().oauth2(Tokens.of("reader1")).get("/api/editions/browser-import/tei").then().statusCode(200);
    }
}
