package org.editio.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.editio.testing.Browser;
import org.editio.testing.RealServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The served reading site in a real headless Chromium, under the service's Content-Security-Policy. */
@QuarkusTest
@WithTestResource(RealServers.class)
class ReadingSiteBrowserIT {

    @TestHTTPResource("/api/editions/trotsky-stalin/html")
    String page;

    ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start();
        browser.get(page);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theToggleHidesTheEditorsWordsAndMarksWhereTheyWere() {
        WebElement editors = browser.findElement(By.id("ch12-cm1"));
        WebElement marker = browser.findElement(By.cssSelector("#ch12-cm1 + .omission"));
        WebElement toggle = browser.findElement(By.id("toggle-editor"));
        assertTrue(editors.isDisplayed());
        assertFalse(marker.isDisplayed());
        Browser.screenshot(browser, "reading-both-hands");

        // Keyboard only: the script (allowed by script-src 'self') must run for this to work.
        toggle.sendKeys(Keys.ENTER);
        assertEquals("true", toggle.getAttribute("aria-pressed"));
        assertFalse(editors.isDisplayed(), "C.M.'s words are hidden");
        assertTrue(marker.isDisplayed(), "a marker shows where they were");
        assertFalse(browser.findElement(By.cssSelector("#ch12-p8 > .content")).isDisplayed());
        assertTrue(browser.findElement(By.cssSelector("#ch12-p8 > .omission")).isDisplayed());
        assertTrue(browser.findElement(By.id("ch12-p2")).isDisplayed(), "Trotsky's paragraphs stay");
        Browser.screenshot(browser, "reading-trotsky-only");

        toggle.sendKeys(Keys.SPACE);
        assertEquals("false", toggle.getAttribute("aria-pressed"));
        assertTrue(editors.isDisplayed());
    }

    @Test
    void aCorrectionShowsTheTranscriptionOnFocus() {
        WebElement correction = browser.findElement(By.id("ch12-p1-c1"));
        WebElement tip = browser.findElement(By.id("ch12-p1-c1-tip"));
        assertFalse(tip.isDisplayed());
        browser.executeScript("arguments[0].focus()", correction);
        assertTrue(tip.isDisplayed());
        assertEquals("Transcription: it6", tip.getText());
        Browser.screenshot(browser, "reading-correction-focused");
    }

    @Test
    void theDiplomaticViewIsOneLinkAway() {
        browser.findElement(By.linkText("Diplomatic view")).click();
        assertTrue(browser.getCurrentUrl().endsWith("view=diplomatic"));
        assertEquals("it6", browser.findElement(By.id("ch12-p1-c1")).getText());
        Browser.screenshot(browser, "diplomatic");
    }
}
