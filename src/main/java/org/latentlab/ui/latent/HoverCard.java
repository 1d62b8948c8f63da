package org.latentlab.ui.latent;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/** A layer over the scatter holding the card that shows the image under the pointer and its class. */
final class HoverCard extends Pane {
    private final VBox card = new VBox(2);
    private final ImageView image = new ImageView();
    private final Label label = new Label();

    HoverCard() {
        card.getChildren().addAll(image, label);
        card.getStyleClass().add("hover-card");
        card.setVisible(false);
        card.setMouseTransparent(true);
        image.setFitWidth(84);
        image.setFitHeight(84);
        image.setSmooth(false);
        getChildren().add(card);
        setMouseTransparent(true);
        setPickOnBounds(false);
    }

    void hide() {
        card.setVisible(false);
    }

    /** Shows {@code picture} and {@code text} beside the scene point {@code at}, kept inside the layer. */
    void show(Image picture, String text, Point2D at) {
        image.setImage(picture);
        label.setText(text);
        Point2D p = sceneToLocal(at);
        double x = p.getX() + 14;
        double y = p.getY() + 14;
        if (x + 100 > getWidth()) {
            x = p.getX() - 110;
        }
        if (y + 110 > getHeight()) {
            y = p.getY() - 120;
        }
        card.relocate(x, y);
        card.setVisible(true);
    }
}
